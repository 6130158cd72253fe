using Casus.Store.Import.Codes;
using Casus.Testing;

namespace Casus.Store.Tests.Import;

/// <summary>The code tables the importers run on: the shipped data files when present, else this
/// folder's fixture for country codes (the shipped table is another helper's and may land later).</summary>
internal static class CodeTables
{
    public static readonly Lazy<ActorCodeMap> Countries = new(() =>
    {
        var shipped = Path.Combine(SharedCorpus.RepoRoot, "data", "lexicon", "country-codes.tsv");
        var path = File.Exists(shipped) ? shipped : Path.Combine(AppContext.BaseDirectory, "Import", "country-codes.fixture.tsv");
        return ActorCodeMap.Parse(File.ReadAllText(path));
    });

    public static readonly Lazy<CameoTieMap> Cameo = new(() =>
        CameoTieMap.Parse(File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "data", "datasets", "cameo-tie-types.tsv"))));

    public const string DataVersion = "test";
}
