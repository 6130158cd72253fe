using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>Hostile arguments rather than files: giant actor names, bad flags, bad dates, bad
/// databases, batches where some or all inputs fail. One line, the right exit code, nothing written.</summary>
public sealed class HostileArgumentTests(BaseDatabase baseDb) : IClassFixture<BaseDatabase>
{
    private static readonly string TenThousandChars = string.Concat(Enumerable.Repeat("Ostmarkia", 1_112)) + "X";

    [Theory]
    [InlineData("ties")]
    [InlineData("scenario --against Israel --target")]
    [InlineData("evidence Iran")]
    public void Actor_name_of_ten_thousand_characters_is_one_short_line(string command)
    {
        var run = RunUnchanged([.. command.Split(' '), TenThousandChars], out _);
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("unknown actor", line);
        Assert.True(line.Length < 500, $"error line is {line.Length} characters long");
    }

    [Theory]
    [InlineData("actors --frobnicate", "--frobnicate")]
    [InlineData("ties Iran --as-of 9999-99-99", "9999-99-99")]
    [InlineData("ties Iran --as-of 2025-02-30", "2025-02-30")]
    [InlineData("scenario --target Iran --against Israel --as-of yesterday", "yesterday")]
    [InlineData("brief --format pdf", "pdf")]
    [InlineData("scenario --target Iran", "--against")]
    public void Bad_flag_or_date_is_a_usage_error_naming_it(string command, string named)
    {
        var run = RunUnchanged(command.Split(' '), out _);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Unknown_flag_given_to_ingest_is_named_and_nothing_is_ingested()
    {
        var run = RunUnchanged(["ingest", "--frobnicate"], out _);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Missing_file_is_one_line_naming_it()
    {
        var run = RunUnchanged(["ingest", "/no/such/folder/story.txt"], out _);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/no/such/folder/story.txt", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Folder_without_articles_is_one_line_naming_it()
    {
        using var dir = new TempDir();
        dir.Write("picture.png", "not an article");
        var run = RunUnchanged(["ingest", dir.Path], out _);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(dir.Path, Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Batch_with_some_bad_files_stores_the_good_ones_names_each_bad_one_and_exits_zero()
    {
        using var dir = new TempDir();
        var db = baseDb.CopyTo(dir.Path);
        var before = BaseDatabase.Documents(db).Count;
        var folder = Path.Combine(dir.Path, "batch");
        Directory.CreateDirectory(folder);
        string[] bad = [HostileCorpus.Write(folder, "empty"), HostileCorpus.Write(folder, "png"), HostileCorpus.Write(folder, "elf")];
        File.WriteAllText(Path.Combine(folder, "good-1.txt"), "date 2025-01-02 Russia signed a treaty with Iran in the fictional city of Orlesk.");
        File.WriteAllText(Path.Combine(folder, "good-2.txt"), "date 2025-01-03 China condemned Israel after drills near the imaginary Sarn estuary.");

        var run = CasusProcess.Run(db, "ingest", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(bad.Length, run.StderrLines.Length);
        foreach (var path in bad) Assert.Single(run.StderrLines, line => line.Contains(Path.GetFileName(path)));
        Assert.Equal(before + 2, BaseDatabase.Documents(db).Count);
    }

    [Fact]
    public void Batch_where_every_file_is_bad_exits_one_with_a_line_per_file_and_writes_nothing()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "batch");
        Directory.CreateDirectory(folder);
        string[] bad = [HostileCorpus.Write(folder, "empty"), HostileCorpus.Write(folder, "whitespace-only"), HostileCorpus.Write(folder, "zip")];
        var run = RunUnchanged(["ingest", folder], out _);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(bad.Length, run.StderrLines.Length);
        foreach (var path in bad) Assert.Single(run.StderrLines, line => line.Contains(Path.GetFileName(path)));
    }

    [Fact]
    public void Database_path_that_is_a_text_file_is_refused_and_left_alone()
    {
        using var dir = new TempDir();
        var notes = dir.Write("notes.txt", "my own notes, not a database\n");
        var before = CasusProcess.FileHash(notes);
        var run = CasusProcess.Run(notes, "actors");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.txt", Assert.Single(run.StderrLines));
        Assert.Equal(before, CasusProcess.FileHash(notes));
    }

    [Fact]
    public void Database_path_that_is_a_folder_is_refused()
    {
        using var dir = new TempDir();
        var run = CasusProcess.Run(dir.Path, "actors");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("directory", Assert.Single(run.StderrLines));
    }

    private CasusRun RunUnchanged(string[] args, out string db)
    {
        var dir = new TempDir();
        db = baseDb.CopyTo(dir.Path);
        var before = CasusProcess.FileHash(db);
        var run = CasusProcess.Run(db, args);
        Assert.Equal(before, CasusProcess.FileHash(db));
        dir.Dispose();
        return run;
    }
}
