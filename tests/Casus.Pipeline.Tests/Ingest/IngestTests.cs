using Casus.Core.Actors;
using Casus.Testing;

namespace Casus.Pipeline.Tests.Ingest;

public sealed class IngestTests : IDisposable
{
    private readonly TempDir _dir = new();

    private CasusWorkspace Open(bool starter = false) =>
        CasusWorkspace.Open(new WorkspaceOptions(Db: _dir.File("db/casus.db"), LoadStarter: starter));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Ingesting_the_seeds_twice_adds_nothing_the_second_time()
    {
        using var workspace = Open();
        var first = workspace.Ingest([SharedCorpus.SeedDir]);
        var counts = workspace.Store.Counts();
        var second = workspace.Ingest([SharedCorpus.SeedDir]);
        Assert.Equal(0, first.Failed);
        Assert.True(first.Added >= 2, "both seed articles are stored");
        Assert.Equal(0, second.Added);
        Assert.Equal(first.Added, second.Existing);
        Assert.Equal(counts, workspace.Store.Counts());
    }

    [Fact]
    public void The_same_article_under_another_path_is_the_same_document()
    {
        using var workspace = Open();
        var copy = _dir.File("copy/renamed.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(SharedCorpus.Seed(SharedCorpus.TheWeek), copy);
        workspace.Ingest([SharedCorpus.Seed(SharedCorpus.TheWeek)]);
        var again = workspace.Ingest([copy]);
        Assert.Equal((0, 1), (again.Added, again.Existing));
    }

    [Fact]
    public void A_seed_without_an_outlet_line_is_credited_to_the_outlet_its_file_name_names()
    {
        using var workspace = Open();
        var report = workspace.Ingest([SharedCorpus.Seed(SharedCorpus.TheWeek)]);
        Assert.Equal("The Week", Assert.Single(report.Items).Outlet);
        var evidence = workspace.Knowledge().Claims.Select(c => c.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal("The Week", e.Outlet));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty document")]
    [InlineData("blank.txt", new byte[] { 32, 10, 9, 13, 10 }, "only whitespace")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "binary")]
    [InlineData("program.md", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 }, "binary")]
    [InlineData("nul.txt", new byte[] { 65, 66, 0, 67, 68 }, "binary")]
    public void A_failed_input_leaves_the_database_unchanged(string name, byte[] bytes, string reason)
    {
        using var workspace = Open();
        workspace.Ingest([SharedCorpus.Seed(SharedCorpus.TheWeek)]);
        var before = workspace.Store.Counts();
        var path = _dir.File(name);
        File.WriteAllBytes(path, bytes);
        var report = workspace.Ingest([path]);
        var failure = Assert.Single(report.Items);
        Assert.Equal(IngestStatus.Failed, failure.Status);
        Assert.Contains(name, failure.Error);
        Assert.Contains(reason, failure.Error);
        Assert.True(report.NothingIngested);
        Assert.Equal(before, workspace.Store.Counts());
    }

    [Fact]
    public void A_failing_input_does_not_stop_the_rest_of_the_batch()
    {
        using var workspace = Open();
        var report = workspace.Ingest([_dir.File("absent.txt"), SharedCorpus.Seed(SharedCorpus.TheWeek)]);
        Assert.Equal(1, report.Failed);
        Assert.Equal(1, report.Added);
        Assert.False(report.NothingIngested);
        Assert.Contains("absent.txt: no such file", report.Items[0].Error);
    }

    [Fact]
    public void A_folder_is_read_recursively_by_extension_leaving_out_notes_and_other_files()
    {
        using var workspace = Open();
        var root = _dir.File("articles");
        _dir.Write("articles/one.txt", "date 2024-01-02\nFreedonia signed a fishing accord with Sylvania.");
        _dir.Write("articles/deeper/two.md", "date 2024-01-03\nSylvania condemned the Marsh Front.");
        _dir.Write("articles/deeper/README.md", "Notes about this fictional folder.");
        _dir.Write("articles/deeper/picture.jpg", "not an article");
        var report = workspace.Ingest([root]);
        Assert.Equal(["one.txt", "two.md"], report.Items.Select(i => Path.GetFileName(i.Origin)).Order(StringComparer.Ordinal));
        Assert.Equal(0, report.Failed);
    }

    [Fact]
    public void Unknown_actor_message_names_it_and_suggests_close_names()
    {
        using var workspace = Open();
        workspace.Store.UpsertActors([new Actor(new ActorId("FRD"), "Freedonia", ActorKind.State, ["Fredonian Republic"], [])]);
        var error = Assert.Throws<Casus.Core.InputException>(() => workspace.ResolveActor("Fredonia"));
        Assert.Contains("unknown actor 'Fredonia'", error.Message);
        Assert.Contains("'Freedonia'", error.Message);
        Assert.Equal("FRD", workspace.ResolveActor("fredonian republic").Id.Value);
    }
}
