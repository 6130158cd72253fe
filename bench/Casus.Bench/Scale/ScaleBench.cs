using System.Globalization;

namespace Casus.Bench.Scale;

/// <summary>Argument handling for <c>scale gdelt|network</c>.</summary>
internal static class ScaleBench
{
    public static int Run(string[] args)
    {
        var positional = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var dbAt = Array.IndexOf(args, "--db");
        var db = dbAt >= 0 && dbAt + 1 < args.Length ? args[dbAt + 1] : Environment.GetEnvironmentVariable("CASUS_TEST_PG");
        switch (args[0])
        {
            case "gdelt":
                GdeltImportBench.Run(positional.ElementAtOrDefault(0) is > 0 and var r ? r : 2_000_000, runs: 3);
                return 0;
            case "gdelt-parts":
                GdeltParts.Run(Path.Combine(BenchPaths.Scratch, $"gdelt1-synthetic-{(positional.ElementAtOrDefault(0) is > 0 and var p ? p : 2_000_000)}.tsv"));
                return 0;
            case "network":
                if (string.IsNullOrEmpty(db)) { Console.Error.WriteLine("network: give --db CONN or set CASUS_TEST_PG (. .ci/postgres.sh)"); return 2; }
                NetworkBench.Run(db,
                    positional.ElementAtOrDefault(0) is > 0 and var a ? a : 10_000,
                    positional.ElementAtOrDefault(1) is > 0 and var t ? t : 1_000_000,
                    positional.ElementAtOrDefault(2) is > 0 and var c ? c : 5_000_000,
                    loadAll: !args.Contains("--no-load"));
                return 0;
            case "sqlite-scenario":
                SqliteScenarioBench.Run(
                    positional.ElementAtOrDefault(0) is > 0 and var sa ? sa : 10_000,
                    positional.ElementAtOrDefault(1) is > 0 and var st ? st : 200_000,
                    positional.ElementAtOrDefault(2) is > 0 and var sc ? sc : 1_000_000,
                    full: args.Contains("--full"));
                return 0;
            case "served-scenario":
                ServedScenarioBench.Run(
                    positional.ElementAtOrDefault(0) is > 0 and var va ? va : 10_000,
                    positional.ElementAtOrDefault(1) is > 0 and var vt ? vt : 200_000,
                    positional.ElementAtOrDefault(2) is > 0 and var vc ? vc : 1_000_000);
                return 0;
            case "ties-limit":
                TiesLimitBench.Run(
                    positional.ElementAtOrDefault(0) is > 0 and var la ? la : 10_000,
                    positional.ElementAtOrDefault(1) is > 0 and var lt ? lt : 200_000,
                    positional.ElementAtOrDefault(2) is > 0 and var lc ? lc : 1_000_000,
                    positional.ElementAtOrDefault(3) is > 0 and var ln ? ln : 50);
                return 0;
            case "served-ingest":
                ServedIngestBench.Run(
                    positional.ElementAtOrDefault(0) is > 0 and var ia ? ia : 10_000,
                    positional.ElementAtOrDefault(1) is > 0 and var it ? it : 200_000,
                    positional.ElementAtOrDefault(2) is > 0 and var ic ? ic : 1_000_000);
                return 0;
            default:
                Console.Error.WriteLine($"unknown scale bench '{args[0]}'");
                return 2;
        }
    }
}
