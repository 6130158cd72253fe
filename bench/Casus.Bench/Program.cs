using Casus.Bench.Scale;

// casus bench: ratio runs that compare Casus with a baseline in the same process.
//   scale gdelt [ROWS]                 GDELT-format import rate vs naive and DuckDB (issue 5)
//   scale network [ACTORS TIES CLAIMS] synthetic network into PostgreSQL: import rate, ties/scenario latency, size
if (args.Length >= 2 && args[0] == "scale") return ScaleBench.Run(args[1..]);
Console.Error.WriteLine("usage: casus-bench scale gdelt [ROWS] | scale network [ACTORS TIES CLAIMS] [--db CONN]");
return 2;
