using Casus.Store.Backup;
using Casus.Store.Sqlite;
using Casus.Testing;

namespace Casus.Reliability.Tests.Backup;

/// <summary>The pure serializer: every line it writes reads back to the same values; malformed
/// lines are a <see cref="FormatException"/> saying what is wrong.</summary>
public sealed class BackupLineTests
{
    [Fact]
    public void Every_document_line_reads_back_to_the_same_document_and_claims()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("rich.db"));
        RichStore.Fill(store);
        using var copy = new SqliteStore(dir.File("copy.db"));

        var written = new StringWriter();
        StoreBackup.Write(store, written);
        foreach (var line in written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            if (BackupReader.Parse(line) is BackupDocument document) copy.AddDocument(document.Document, document.Ties, document.States);
            else if (BackupReader.Parse(line) is BackupActor actor) copy.UpsertActors([actor.Actor]);

        Assert.Equal(StoreContents.Describe(store), StoreContents.Describe(copy));
    }

    [Theory]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"type\":\"gizmo\"}", "unknown line type 'gizmo'")]
    [InlineData("{\"format\":\"casus-backup\",\"version\":99}", "newer")]
    [InlineData("{\"type\":\"document\",\"id\":\"x\",\"text\":\"t\",\"origin\":\"o\",\"ties\":[{\"source\":\"IRN\"}],\"states\":[]}", "missing")]
    [InlineData("{\"type\":\"document\",\"id\":\"x\",\"text\":\"t\",\"origin\":\"o\",\"date\":\"9999-99-99\",\"ties\":[],\"states\":[]}", "")]
    public void Malformed_line_is_a_format_error(string line, string reason)
    {
        var error = Assert.Throws<FormatException>(() => BackupReader.Parse(line));
        Assert.Contains(reason, error.Message);
    }
}
