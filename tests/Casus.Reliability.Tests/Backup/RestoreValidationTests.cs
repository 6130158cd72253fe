using System.Text;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store.Backup;
using Casus.Testing;

namespace Casus.Reliability.Tests.Backup;

/// <summary>
/// Issue 16: <c>restore</c> accepted evidence offsets outside the text and document ids that are not
/// the hash of the text. Such a line is refused in one line, and the database keeps what it had.
/// </summary>
public sealed class RestoreValidationTests
{
    private static readonly Document Doc = Document.Create("Fictional preface. Pakistan offered full support to Iran today.", null, "Outlet", null, new DateOnly(2025, 6, 1), null, "/tmp/a.txt");

    private static string Line(Document document, int start, int end, string? sentence = null)
    {
        var evidence = new Evidence(document.Id, sentence ?? document.Text[start..Math.Min(end, document.Text.Length)], start, end, "Outlet", document.Date, "test", "test", null);
        return BackupWriter.ToJson(new BackupDocument(document, [new(new ActorId("PAK"), new ActorId("IRN"), TieType.Support, 1, Modality.Asserted, evidence)], []));
    }

    private static int Start => Doc.Text.IndexOf("Pakistan", StringComparison.Ordinal);

    [Fact]
    public void A_faithful_line_reads()
    {
        Assert.IsType<BackupDocument>(BackupReader.Parse(Line(Doc, Start, Doc.Text.Length)));
    }

    [Fact]
    public void Offsets_outside_the_text_are_refused()
    {
        var error = Assert.Throws<FormatException>(() => BackupReader.Parse(Line(Doc, Start, Doc.Text.Length + 500, "Pakistan offered full support to Iran today.")));
        Assert.Contains("outside its text", error.Message);
    }

    [Fact]
    public void Offsets_that_do_not_hold_the_sentence_are_refused()
    {
        var error = Assert.Throws<FormatException>(() => BackupReader.Parse(Line(Doc, 0, 10, "Pakistan o")));
        Assert.Contains("not the claim's sentence", error.Message);
    }

    [Fact]
    public void An_id_that_is_not_the_text_s_hash_is_refused()
    {
        var forged = Doc with { Id = "0123456789abcdef0123456789abcdef" };
        var line = Line(forged, Start, Doc.Text.Length);
        var error = Assert.Throws<FormatException>(() => BackupReader.Parse(line));
        Assert.Contains("not the hash of its text", error.Message);
    }

    [Fact]
    public void Casus_restore_refuses_the_line_in_one_line_and_keeps_the_database()
    {
        using var dir = new TempDir();
        var db = dir.File("r.db");
        var backup = new StringBuilder()
            .AppendLine(BackupWriter.ToJson(new BackupHeader(BackupHeader.CurrentVersion)))
            .AppendLine(Line(Doc with { Id = "0123456789abcdef0123456789abcdef" }, Start, Doc.Text.Length));
        Assert.Equal(0, CasusProcess.Run(db, "--no-starter", "actors").ExitCode);
        var before = CasusProcess.FileHash(db);
        var run = CasusProcess.Run(db, "restore", dir.Write("forged.jsonl", backup.ToString()));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2", Assert.Single(run.StderrLines));
        Assert.Equal(before, CasusProcess.FileHash(db));
    }
}
