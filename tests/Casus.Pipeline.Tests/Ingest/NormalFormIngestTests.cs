using Casus.Core.Documents;
using Casus.Testing;

namespace Casus.Pipeline.Tests.Ingest;

/// <summary>Issue 16 item 9 end to end: an article in NFD and in NFC is stored once, and a database written before
/// composition (the NFD text under its old id) takes nothing new when the same file is ingested again.</summary>
public sealed class NormalFormIngestTests : IDisposable
{
    private const string Nfc = "date: 2025-03-01\n\nThe \u00C9lys\u00E9e said France pledged support to Ukraine. Volodymyr \u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 thanked Paris.";
    private static readonly string Nfd = ToNfd(Nfc);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CasusWorkspace Open() => CasusWorkspace.Open(new WorkspaceOptions(Db: _dir.File("casus.db"), LoadStarter: false));

    [Fact]
    public void The_nfd_and_nfc_copies_of_an_article_are_one_document()
    {
        using var workspace = Open();
        var first = workspace.Ingest([_dir.Write("nfd.txt", Nfd)]);
        var second = workspace.Ingest([_dir.Write("nfc.txt", Nfc)]);
        Assert.Equal((1, 0), (first.Added, first.Existing));
        Assert.Equal((0, 1), (second.Added, second.Existing));
        Assert.Single(workspace.Store.Documents());
        Assert.Contains("\u00C9lys\u00E9e", workspace.Store.GetDocument(first.Items[0].DocumentId!)!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_stored_under_its_id_before_composition_is_not_stored_again()
    {
        var path = _dir.Write("nfd.txt", Nfd);
        Document stored;
        using (var scratch = CasusWorkspace.Open(new WorkspaceOptions(Db: _dir.File("scratch.db"), LoadStarter: false)))
            stored = scratch.Store.GetDocument(scratch.Ingest([path]).Items[0].DocumentId!)!;
        // As the previous casus stored it: the NFD text (spacing folded, not composed) under that text's hash.
        var oldText = DocumentText.FoldSpacing(ToNfd(stored.Text));
        var oldId = DocumentText.Hash(oldText);
        Assert.NotEqual(stored.Id, oldId);
        using (var workspace = Open())
            Assert.True(workspace.Store.AddDocument(stored with { Id = oldId, Text = oldText }, [], []));
        using (var workspace = Open())
        {
            var again = workspace.Ingest([path]);
            Assert.Equal((0, 1), (again.Added, again.Existing));
            Assert.Equal(oldId, Assert.Single(workspace.Store.Documents()).Id);
        }
    }

    private static string ToNfd(string text) => text.Replace("\u00C9", "E\u0301").Replace("\u00E9", "e\u0301").Replace("\u0439", "\u0438\u0306");
}
