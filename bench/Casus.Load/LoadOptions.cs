using System.Globalization;

namespace Casus.Load;

public sealed record LoadOptions(string Mode, string Casus, string Shared, double Seconds, int Readers, int Writers, int Documents, int Clients, bool Keep, int Rounds = 3, string? Baseline = null)
{
    public static LoadOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("mixed" or "rss")) return null;
        var root = RepositoryRoot();
        var o = new LoadOptions(args[0], Path.Combine(root, "casus"), Environment.GetEnvironmentVariable("CASUS_SHARED") ?? Path.GetFullPath(Path.Combine(root, "..", "shared")),
            args[0] == "mixed" ? 10 : 20, 40, 10, 3000, 20, false);
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--seconds" => o with { Seconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--readers" => o with { Readers = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--writers" => o with { Writers = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--documents" => o with { Documents = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--clients" => o with { Clients = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--casus" => o with { Casus = Path.GetFullPath(Next()) },
                "--shared" => o with { Shared = Path.GetFullPath(Next()) },
                "--keep" => o with { Keep = true },
                "--rounds" => o with { Rounds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--baseline" => o with { Baseline = Path.GetFullPath(Next()) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Casus.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
