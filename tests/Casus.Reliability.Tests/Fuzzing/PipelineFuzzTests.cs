using System.Diagnostics;
using Casus.Core.Documents;
using Casus.Pipeline;
using Casus.Testing;
using CsCheck;
using Microsoft.Data.Sqlite;

namespace Casus.Reliability.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the whole ingest path (readers, text cleaning, extraction, store) as
/// wired in <see cref="CasusWorkspace"/>: whatever the bytes, an input either stores documents whose
/// every claim cites a sentence that is exactly the document text at its offsets, or fails with one
/// line naming it; nothing else escapes (no internal error), and each input finishes quickly.
/// </summary>
public sealed class PipelineFuzzTests
{
    // A hang guard, not a speed test (speed lives in bench/): generous for a loaded 2-core CI machine.
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);

    [Fact]
    public void Any_input_stores_claims_with_exact_evidence_or_fails_with_one_line_naming_it()
    {
        using var dir = new TempDir();
        var db = dir.File("fuzz.db");
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(Db: db, LoadStarter: false));
        using var sql = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        sql.Open();
        var counter = 0;

        Gen.Select(FuzzInputs.Bytes, FuzzInputs.Extension).Sample((bytes, extension) =>
        {
            var origin = $"fuzz-{++counter}{extension}";
            var clock = Stopwatch.StartNew();
            var report = workspace.IngestBytes(origin, bytes);
            Assert.True(clock.Elapsed < PerInput, $"{origin}: {bytes.Length} bytes took {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var item in report.Items)
            {
                if (item.Status == IngestStatus.Failed)
                {
                    Assert.False(string.IsNullOrWhiteSpace(item.Error));
                    Assert.DoesNotContain("internal error", item.Error, StringComparison.OrdinalIgnoreCase);
                    Assert.Contains(origin, item.Error);
                    Assert.DoesNotContain('\n', item.Error);
                    continue;
                }
                var document = workspace.Store.GetDocument(item.DocumentId!);
                Assert.NotNull(document);
                Assert.Equal(DocumentText.Normalise(document.Text), document.Text);
                AssertEvidenceInside(sql, document);
            }
        }, iter: FuzzInputs.Iterations, threads: 1, print: t => $"{t.Item2} [{t.Item1.Length} bytes] {Convert.ToHexString(t.Item1.AsSpan(0, Math.Min(t.Item1.Length, 120)))}");
        Assert.True(counter >= FuzzInputs.Iterations, $"only {counter} inputs were tried");
    }

    /// <summary>Every claim stored for the document: offsets inside its text, the text there equal to the sentence.</summary>
    private static void AssertEvidenceInside(SqliteConnection sql, Document document)
    {
        using var command = sql.CreateCommand();
        command.CommandText = """
            SELECT ev_document, ev_sentence, ev_start, ev_end FROM tie_claims WHERE document_id = $id
            UNION ALL SELECT ev_document, ev_sentence, ev_start, ev_end FROM state_claims WHERE document_id = $id
            """;
        command.Parameters.AddWithValue("$id", document.Id);
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            var (cited, sentence, start, end) = (row.GetString(0), row.GetString(1), row.GetInt32(2), row.GetInt32(3));
            Assert.Equal(document.Id, cited);
            Assert.True(0 <= start && start <= end && end <= document.Text.Length, $"evidence {start}..{end} outside a text of {document.Text.Length}");
            Assert.Equal(sentence, document.Text[start..end]);
        }
    }
}
