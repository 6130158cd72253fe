using Casus.Core;
using Casus.Core.Actors;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Tests.Lexicons;

public class ExtractionLexiconsTests
{
    [Fact]
    public void Malformed_line_names_the_file_and_line()
    {
        var error = Assert.Throws<InputException>(() => FictionalWorld.Lexicons(states: "# header\nVAL\tstate"));
        Assert.StartsWith("states.tsv:2:", error.Message);
    }

    [Fact]
    public void Unknown_actor_kind_is_rejected_with_its_line()
    {
        var error = Assert.Throws<InputException>(() => FictionalWorld.Lexicons(groups: "x\tgang\tX Gang"));
        Assert.Contains("groups.tsv:1", error.Message);
        Assert.Contains("gang", error.Message);
    }

    [Fact]
    public void Person_speaking_for_an_unknown_actor_is_rejected()
    {
        var error = Assert.Throws<InputException>(() => FictionalWorld.Lexicons(people: "Nobody\t\tZZZ\tking"));
        Assert.Contains("people.tsv:1", error.Message);
        Assert.Contains("ZZZ", error.Message);
    }

    [Fact]
    public void Part_of_an_unknown_actor_is_rejected()
    {
        var error = Assert.Throws<InputException>(() => FictionalWorld.Lexicons(groups: "g\tarmed_group\tG\t\tnowhere"));
        Assert.Contains("nowhere", error.Message);
    }

    [Fact]
    public void Bad_cue_type_names_cues_file()
    {
        var files = new Dictionary<string, string> { ["cues.tsv"] = "tie\tfriendship\tlikes", ["modality.tsv"] = "" };
        var error = Assert.Throws<InputException>(() => ExtractionLexicons.Parse(files, "v"));
        Assert.StartsWith("cues.tsv:1:", error.Message);
    }

    [Theory]
    [InlineData("valdoria", "VAL")]
    [InlineData("BRASK", "VAL")]
    [InlineData("val", "VAL")]
    [InlineData("Kell’ish Front", "kellish-front")]
    [InlineData("Darr", "red-hand-brigade")]
    public void Resolve_finds_ids_names_aliases_and_people_case_insensitively(string name, string id) =>
        Assert.Equal(new ActorId(id), FictionalWorld.Lexicon.Actors.Resolve(name)?.Id);

    [Fact]
    public void Unknown_name_resolves_to_nothing() => Assert.Null(FictionalWorld.Lexicon.Actors.Resolve("Atlantis"));

    [Fact]
    public void Person_resolves_to_the_leader_of_the_day()
    {
        var lexicon = FictionalWorld.Lexicons(people: "Anna Velk\tVelk\tVAL\tpresident\t2019-01-01\t2024-01-01\nJon Velk\tVelk\tOST\tpresident\t2024-01-02");
        Assert.Equal("VAL", lexicon.Actors.Resolve("Velk", new DateOnly(2020, 5, 1))?.Id.Value);
        Assert.Equal("OST", lexicon.Actors.Resolve("Velk", new DateOnly(2025, 5, 1))?.Id.Value);
    }

    [Fact]
    public void Ambiguous_alias_is_kept_without_its_tilde()
    {
        var marovia = FictionalWorld.Lexicon.Actors.Resolve("Marovia")!;
        Assert.Contains("Marrow", marovia.Aliases);
        Assert.Contains(FictionalWorld.Lexicon.Actors.SurfaceForms, f => f.Text == "Marrow" && f.Ambiguous);
    }

    [Fact]
    public void Real_lexicon_parses_and_knows_every_actor_the_seeds_need()
    {
        var lexicon = ExtractionLexicons.Load(Path.Combine(Casus.Testing.SharedCorpus.RepoRoot, "data", "lexicon"), "test");
        foreach (var id in new[] { "IRN", "ISR", "USA", "RUS", "CHN", "PRK", "PAK", "SAU", "EGY", "ARE", "TUR", "IRQ", "SYR", "LBN", "YEM",
                     "DEU", "CAN", "GBR", "AUS", "UKR", "hezbollah", "hamas", "houthis", "pmf", "kataib-hezbollah",
                     "islamic-resistance-in-iraq", "axis-of-resistance", "crink", "sco", "eaeu", "un-security-council", "assad-regime" })
            Assert.NotNull(lexicon.Actors.Find(new ActorId(id)));
    }
}
