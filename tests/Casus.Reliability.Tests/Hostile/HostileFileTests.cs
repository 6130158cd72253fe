using System.Globalization;
using Casus.Testing;
using Xunit.Abstractions;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// Each hostile file through <c>casus ingest</c> (the real CLI): the expected outcome, one clear
/// line when refused, no internal error, the database byte-for-byte unchanged when refused, at most
/// 500 MB resident and 10 s of CPU for the largest file (50 MB).
/// </summary>
public sealed class HostileFileTests(BaseDatabase baseDb, ITestOutputHelper output) : IClassFixture<BaseDatabase>
{
    private const long MaxRssMb = 500;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    [Theory]
    [MemberData(nameof(HostileCorpus.Names), MemberType = typeof(HostileCorpus))]
    public void Hostile_file_gets_a_correct_result_or_one_clear_error(string name)
    {
        using var dir = new TempDir();
        var hostile = HostileCorpus.Cases[name];
        var path = HostileCorpus.Write(dir.Path, name);
        var db = baseDb.CopyTo(dir.Path);
        var before = CasusProcess.FileHash(db);
        var knownIds = BaseDatabase.Documents(db).Select(d => d.Id).ToHashSet();

        var measured = MeasuredRun.Start(db, "ingest", path);
        var run = measured.Run;
        output.WriteLine($"{name}: exit {run.ExitCode}, {measured.PeakRssMb} MB peak, {measured.CpuTime.TotalSeconds:0.0} s CPU, {measured.Elapsed.TotalSeconds:0.0} s wall; stderr: {run.Stderr.Trim()}");

        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.True(measured.PeakRssMb <= MaxRssMb, $"{name}: peak resident memory {measured.PeakRssMb} MB > {MaxRssMb} MB");
        Assert.True(measured.CpuTime <= MaxTime, $"{name}: took {measured.CpuTime.TotalSeconds:0.0} s of CPU > {MaxTime.TotalSeconds} s");
        Assert.True(run.ExitCode is 0 or 1, $"{name}: exit code {run.ExitCode} (a crash, not an answer): {run.Stderr}");

        if (run.ExitCode == 1)
        {
            Assert.True(hostile.Expected != Expected.Ingested, $"{name} should be ingested but was refused: {run.Stderr.Trim()}");
            var line = Assert.Single(run.StderrLines);
            Assert.Contains(Path.GetFileName(path), line);
            if (hostile.Reason is not null) Assert.Contains(hostile.Reason, line, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(before, CasusProcess.FileHash(db));
            return;
        }

        Assert.True(hostile.Expected != Expected.Rejected, $"{name} should be refused but exit was 0; stdout: {run.Stdout}");
        Assert.Equal("", run.Stderr);
        var stored = BaseDatabase.Documents(db).Where(d => !knownIds.Contains(d.Id)).ToList();
        Assert.NotEmpty(stored);
        foreach (var document in stored)
        {
            Assert.True(document.Origin.EndsWith(Path.GetFileName(path), StringComparison.Ordinal), $"origin '{document.Origin}' does not name the file");
            Assert.True(document.Date is null || DateOnly.TryParseExact(document.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                $"stored date '{document.Date}' is not a real date");
            if (hostile.TextCheck is not null)
                Assert.True(hostile.TextCheck(document.Text), $"{name}: stored text fails '{hostile.TextCheckMeaning}': {Clip(document.Text)}");
        }
    }

    [Fact]
    public void The_corpus_covers_every_kind_the_issue_lists()
    {
        string[] required = ["empty", "whitespace-only", "png", "elf", "zip", "text-50mb", "single-line-5mb", "invalid-utf8", "utf16-le-bom", "latin1",
            "html-nested-10000", "html-script-payloads", "feed-xml-bomb", "feed-external-entity", "date-9999-99-99", "actor-name-10000-chars",
            "control-characters", "right-to-left-overrides", "path-with-spaces-and-quotes"];
        Assert.Empty(required.Except(HostileCorpus.Cases.Keys));
    }

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
