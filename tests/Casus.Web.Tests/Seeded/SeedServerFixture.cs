using Casus.Pipeline;
using Casus.Testing;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Seeded;

/// <summary>
/// The real server over a temporary SQLite database holding only the two seed articles (read
/// from ../shared, starter knowledge base left out), shared by the seed tests of one class.
/// </summary>
public sealed class SeedServerFixture : WorkspaceServerFixture
{
    /// <summary>The seed files' text, to check that cited sentences are verbatim.</summary>
    public string SeedText { get; private set; } = "";

    protected override CasusWorkspace Open(TempDir dir)
    {
        var seeds = new[] { SharedCorpus.Seed(SharedCorpus.TheWeek), SharedCorpus.Seed(SharedCorpus.Rnz) };
        SeedText = string.Join("\n", seeds.Select(File.ReadAllText)).ReplaceLineEndings("\n");
        var workspace = CasusWorkspace.Open(new WorkspaceOptions(Db: dir.File("seed.db"), LoadStarter: false));
        Ingest(workspace, seeds);
        return workspace;
    }

    /// <summary>Whether a cited sentence occurs in a seed file (whitespace runs compared as one space).</summary>
    public bool IsVerbatimSeedText(string sentence) =>
        Squash(SeedText).Contains(Squash(sentence), StringComparison.Ordinal);

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
