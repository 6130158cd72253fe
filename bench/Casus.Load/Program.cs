using Casus.Load;

// Load runs against the real `casus serve` (issue 16; figures in docs/reliability.md):
//   mixed [--seconds S] [--readers R] [--writers W]   reads/s alone, then with W writers beside the R readers (R+W clients)
//   rss [--documents N] [--clients C] [--seconds S]    RSS while C clients fetch GET /api/ties/Russia on an N-document database, and idle after
// Common: --casus PATH (the launcher; default ./casus at the repository root), --shared DIR (default ../shared), --keep (leave the databases).
var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Casus.Load mixed [--seconds S] [--readers R] [--writers W] | rss [--documents N] [--clients C] [--seconds S]  [--casus PATH] [--shared DIR] [--keep]");
    return 2;
}
return options.Mode switch
{
    "mixed" => await MixedLoad.Run(options),
    "rss" => await RssLoad.Run(options),
    _ => 2,
};
