using System.Globalization;
using System.Text.RegularExpressions;
using Casus.Core;
using Casus.Core.Claims;
using Casus.Store.Import;
using Casus.Store.Tests.Support;
using Casus.Testing;

namespace Casus.Store.Tests.Import;

public partial class GdeltImportTests
{
    private static string Gdelt1 => SharedCorpus.Data("gdelt", "gdelt1_daily_events_sample_20160728.tsv");

    [GeneratedRegex(@"^GDELT: (\d+) events? ")]
    private static partial Regex EventCount();

    [Fact]
    public void Gdelt1_rows_with_two_known_countries_and_a_tie_rule_all_land_in_claims()
    {
        using var store = new MemoryStore();
        var summary = Importing.Run(store, DatasetKind.Gdelt, Gdelt1);
        Assert.Equal(710, summary.RowsRead);

        // Independently: split each line, keep rows whose two country codes are known and differ and whose
        // code has a rule (longest prefix, read straight from the TSV).
        var rules = File.ReadAllLines(Path.Combine(SharedCorpus.RepoRoot, "data", "datasets", "cameo-tie-types.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("code\t", StringComparison.Ordinal)).Select(l => l.Split('\t')[0]).ToList();
        var expected = File.ReadAllLines(Gdelt1).Select(l => l.Split('\t'))
            .Count(f => CodeTables.Countries.Value.FromCountryCode(f[7]) is { } a && CodeTables.Countries.Value.FromCountryCode(f[17]) is { } b && a != b
                        && rules.Any(r => f[26].StartsWith(r, StringComparison.Ordinal)));
        Assert.True(expected > 0);
        var claims = store.LoadKnowledge([]).Claims;
        Assert.Equal(expected, claims.Sum(c => int.Parse(EventCount().Match(c.Evidence.Sentence).Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.Equal(summary.RowsRead - expected, summary.RowsSkipped);
    }

    [Fact]
    public void Gdelt_claims_are_monthly_signed_and_carry_a_source_url()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Gdelt, Gdelt1);
        var claims = store.LoadKnowledge([]).Claims;
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.Equal(1, c.ValidFrom!.Value.Day);
            Assert.Equal(c.ValidFrom.Value.AddMonths(1).AddDays(-1), c.ValidUntil);
            Assert.Equal(c.Type.DefaultSign(), c.Sign);
            if (c.Evidence.Url is not null) Assert.StartsWith("http", c.Evidence.Url, StringComparison.Ordinal);
            Assert.Equal(c.Evidence.Sentence, store.GetDocument(c.Evidence.DocumentId)!.Text[c.Evidence.Start..c.Evidence.End]);
        });
        // Rows dated 2016 carry their article's URL (older backfile rows in the sample have none).
        Assert.Contains(claims, c => c.ValidFrom!.Value.Year == 2016 && c.Evidence.Url is not null);
    }

    [Fact]
    public void Unknown_country_codes_are_counted_not_dropped_silently()
    {
        using var dir = new TempDir();
        var row = string.Join('\t', Enumerable.Range(0, 58).Select(i => i switch
        {
            0 => "1", 1 => "20250105", 7 => "IRN", 17 => "XYZ", 26 => "190", 28 => "19", 30 => "-10", 57 => "http://example.test/a", _ => "",
        }));
        var summary = Importing.Run(new MemoryStore(), DatasetKind.Gdelt, dir.Write("one.tsv", row + "\n" + row + "\n"));
        Assert.Equal(2, summary.UnknownCodes["country XYZ"]);
        Assert.Equal(2, summary.SkippedRows["unknown country code"]);
    }

    [Fact]
    public void Reimporting_a_gdelt_file_adds_nothing()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Gdelt, Gdelt1);
        var counts = store.Counts();
        var again = Importing.Run(store, DatasetKind.Gdelt, Gdelt1);
        Assert.Equal(0, again.DocumentsAdded);
        Assert.Equal(counts, store.Counts());
    }

    [Fact]
    public void Reduced_gdelt2_file_is_read_to_the_end_and_every_row_accounted_for()
    {
        using var store = new MemoryStore();
        var summary = Importing.Run(store, DatasetKind.Gdelt, SharedCorpus.Data("gdelt", "gdelt2_reduced_events_20171126.csv"));
        Assert.Equal(94006, summary.RowsRead);
        // The derived file has no Actor1/Actor2 columns, only the action country and the outlet's country: no dyad, no tie.
        Assert.Equal(summary.RowsRead, summary.RowsSkipped);
        Assert.Contains(summary.SkippedRows.Keys, k => k.StartsWith("no actor pair", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mentions", "gdelt2_mentions_sample.csv")]
    [InlineData("codebook", "CAMEO.eventcodes.txt")]
    public void Files_that_are_not_events_are_refused_with_the_file_named(string what, string file)
    {
        _ = what;
        var error = Assert.Throws<InputException>(() => Importing.Run(new MemoryStore(), DatasetKind.Gdelt, SharedCorpus.Data("gdelt", file)));
        Assert.Contains(file, error.Message);
    }

    [Fact]
    public void Missing_and_empty_files_are_input_errors()
    {
        using var dir = new TempDir();
        Assert.Throws<InputException>(() => Importing.Run(new MemoryStore(), DatasetKind.Gdelt, dir.File("absent.tsv")));
        Assert.Throws<InputException>(() => Importing.Run(new MemoryStore(), DatasetKind.Atop, dir.Write("empty.csv", "")));
    }
}
