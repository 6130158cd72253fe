using Casus.Load;

// Load runs against the real `casus serve` (issue 16; figures in docs/reliability.md):
//   mixed [--seconds S] [--readers R] [--writers W] [--rounds N] [--baseline CASUS]   reads/s alone, then with W writers beside the R readers (R+W clients),
//                                       alternating N rounds; --baseline runs another build (its launcher) interleaved, on its own seed
//   rss [--documents N] [--clients C] [--seconds S]    RSS while C clients fetch GET /api/ties/Russia on an N-document database, and idle after
// Common: --casus PATH (the launcher; default ./casus at the repository root), --shared DIR (default ../shared), --keep (leave the databases).
var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Casus.Load mixed [--seconds S] [--readers R] [--writers W] [--rounds N] [--baseline CASUS] | rss [--documents N] [--clients C] [--seconds S]  [--casus PATH] [--shared DIR] [--keep]");
    return 2;
}
return options.Mode switch
{
    "mixed" => await MixedLoad.Run(options),
    "rss" => await RssLoad.Run(options),
    _ => 2,
};
