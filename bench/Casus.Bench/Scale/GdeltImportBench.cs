using System.Globalization;
using Casus.Store.Import.Codes;
using Casus.Store.Import.Gdelt;
using DuckDB.NET.Data;

namespace Casus.Bench.Scale;

/// <summary>
/// GDELT-format import speed on one core: Casus's reader (parse + map codes + aggregate per dyad,
/// month and tie type + generate documents) against a naive split-per-line baseline and DuckDB's
/// read_csv doing the equivalent GROUP BY on the same file, all in the same run.
/// </summary>
internal static class GdeltImportBench
{
    public static void Run(int rows, int runs)
    {
        var path = Path.Combine(BenchPaths.Scratch, $"gdelt1-synthetic-{rows}.tsv");
        if (!File.Exists(path)) SyntheticGdelt.Write(path, rows);
        var mb = new FileInfo(path).Length / 1e6;
        Console.WriteLine($"GDELT-format file: {path} ({rows:N0} rows, {mb:0} MB, 58 columns)");
        var codes = ActorCodeMap.Parse(File.ReadAllText(BenchPaths.Data("lexicon", "country-codes.tsv")));
        var cameo = CameoTieMap.Parse(File.ReadAllText(BenchPaths.Data("datasets", "cameo-tie-types.tsv")));
        _ = File.ReadAllBytes(path); // page cache warm for every contender

        var claims = 0;
        var casusCpu = Measure.BestCpuSeconds(runs, () =>
        {
            using var text = new StreamReader(path, System.Text.Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
            claims = new GdeltReader(text, 0, codes, cameo, "bench", "bench", "bench").Documents().Sum(d => d.Ties.Count);
        });
        var naiveCpu = Measure.BestCpuSeconds(runs, () => Naive(path));
        var duckCpu = Measure.BestCpuSeconds(runs, () => DuckDb(path, threads: 1));
        var casus = Measure.BestSeconds(runs, () =>
        {
            using var text = new StreamReader(path, System.Text.Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
            var reader = new GdeltReader(text, 0, codes, cameo, "bench", "bench", "bench");
            claims = reader.Documents().Sum(d => d.Ties.Count);
        });
        var naive = Measure.BestSeconds(runs, () => Naive(path));
        var duck1 = Measure.BestSeconds(runs, () => DuckDb(path, threads: 1));
        var duckAll = Measure.BestSeconds(runs, () => DuckDb(path, threads: Environment.ProcessorCount));

        Console.WriteLine($"{"contender",-44} {"seconds",8} {"rows/s",12} {"MB/s",8}");
        void Line(string name, double s) => Console.WriteLine($"{name,-44} {s,8:0.000} {Measure.Rate(rows / s),12} {mb / s,8:0}");
        Line("casus GdeltReader (1 thread)", casus);
        Line("naive Split+Dictionary baseline (1 thread)", naive);
        Line("DuckDB read_csv + GROUP BY (threads=1)", duck1);
        Line($"DuckDB read_csv + GROUP BY (threads={Environment.ProcessorCount})", duckAll);
        Console.WriteLine($"claims produced: {claims:N0}");
        Console.WriteLine($"CPU time (process, best of {runs}; robust when the machine is shared): casus {casusCpu:0.000} s = {Measure.Rate(rows / casusCpu)} rows per CPU-second, " +
                          $"naive {naiveCpu:0.000} s, DuckDB(threads=1) {duckCpu:0.000} s; casus/DuckDB CPU ratio {duckCpu / casusCpu:0.00}x, casus/naive {naiveCpu / casusCpu:0.00}x");
        Console.WriteLine($"ratio casus/naive: {naive / casus:0.00}x faster; casus/DuckDB(1 thread): {duck1 / casus:0.00}x " +
                          $"(target >= 0.5); casus/DuckDB({Environment.ProcessorCount} threads): {duckAll / casus:0.00}x");
        Console.WriteLine($"target >= 300,000 rows per CPU-second: {(rows / casusCpu >= 300_000 ? "met" : "NOT met")}; within 2x of DuckDB (CPU): {(casusCpu <= 2 * duckCpu ? "met" : "NOT met")}");
    }

    /// <summary>What a first version would do: split every line into strings, key a dictionary by concatenation.</summary>
    private static int Naive(string path)
    {
        var groups = new Dictionary<string, int>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f[7].Length == 0 || f[17].Length == 0 || f[7] == f[17]) continue;
            var key = f[7] + "|" + f[17] + "|" + f[1][..6] + "|" + f[26][..2];
            groups[key] = groups.GetValueOrDefault(key) + 1;
        }
        return groups.Count;
    }

    private static long DuckDb(string path, int threads)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var columns = string.Join(", ", Enumerable.Range(0, 58).Select(i => string.Create(CultureInfo.InvariantCulture, $"'c{i}': 'VARCHAR'")));
        command.CommandText = $$"""
            SET threads = {{threads}};
            SELECT count(*) FROM (
              SELECT c7, c17, substr(c1, 1, 6) AS month, substr(c26, 1, 2) AS root, count(*) AS n, avg(TRY_CAST(c30 AS DOUBLE)) AS goldstein, min(c57) AS url
              FROM read_csv('{{path.Replace("'", "''", StringComparison.Ordinal)}}', delim = '\t', header = false, quote = '', escape = '',
                            columns = { {{columns}} })
              WHERE c7 <> '' AND c17 <> '' AND c7 <> c17
              GROUP BY ALL)
            """;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
