using System.Globalization;
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Store.Import;
using Casus.Store.Tests.Support;
using Casus.Testing;

namespace Casus.Store.Tests.Import;

public class AtopImportTests
{
    private static readonly ActorId Iran = new("IRN");
    private static string MemberFile => SharedCorpus.Data("atop", "atop5_1m.csv");

    [Fact]
    public void Iran_treaty_ties_in_2010_are_those_the_member_file_holds_with_their_obligations()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Atop, MemberFile);
        var asOf = new DateOnly(2010, 1, 1);
        var ties = store.LoadKnowledge([]).AsOf(asOf).TiesOf(Iran).Where(t => t.Type == TieType.Treaty && t.Source == Iran).ToList();

        // Independently: Iran's alliances in the raw rows that cover 2010-01-01, and their other members.
        var rows = RawRows(MemberFile);
        var iranAlliances = rows.Where(r => r["member"] == "630" && Covers(r, asOf)).ToList();
        var partners = rows.Where(r => iranAlliances.Any(i => i["atopid"] == r["atopid"] && i["phase"] == r["phase"]) && r["member"] != "630" && Covers(r, asOf))
            .Select(r => int.Parse(r["member"], CultureInfo.InvariantCulture))
            .Select(c => CodeTables.Countries.Value.FromCowNumber(c) ?? Casus.Store.Import.Codes.ActorCodeMap.CowFallback(c))
            .Distinct().OrderBy(a => a.Value, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(partners);
        Assert.Equal(partners, ties.Select(t => t.Target).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal));

        foreach (var alliance in iranAlliances)
        {
            var expected = new Dictionary<ClauseKind, bool>
            {
                [ClauseKind.MutualDefence] = alliance["defense"] == "1",
                [ClauseKind.Offence] = alliance["offense"] == "1",
                [ClauseKind.Neutrality] = alliance["neutral"] == "1",
                [ClauseKind.NonAggression] = alliance["nonagg"] == "1",
                [ClauseKind.Consultation] = alliance["consul"] == "1",
            };
            var claim = ties.SelectMany(t => t.Claims).First(c => c.Cue == "atop:5.1:" + alliance["atopid"]);
            Assert.Equal(expected, claim.ClauseList.ToDictionary(c => c.Kind, c => c.Present));
        }
    }

    [Fact]
    public void Alliances_active_each_year_match_a_count_from_the_raw_member_rows()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Atop, MemberFile);
        var treaties = store.LoadKnowledge([]).Claims.Where(c => c.Type == TieType.Treaty).ToList();

        // Independent count from the raw rows: an alliance is active in year Y if any member row has
        // yrent <= Y <= yrexit (yrexit 0: still in force). The member file, not atop5_1a.csv's begyr..endyr,
        // because ATOP records suspensions between phases there (the German Confederation, 1848–1850).
        var rows = RawRows(MemberFile);
        for (var year = 1815; year <= 2018; year++)
        {
            var expected = rows.Where(r => int.Parse(r["yrent"], CultureInfo.InvariantCulture) <= year
                && (r["yrexit"] == "0" || int.Parse(r["yrexit"], CultureInfo.InvariantCulture) >= year)).Select(r => r["atopid"]).Distinct().Count();
            var imported = treaties.Where(c => (c.ValidFrom?.Year ?? int.MinValue) <= year && (c.ValidUntil is null || c.ValidUntil.Value.Year >= year))
                .Select(c => c.Evidence.DocumentId).Distinct().Count();
            Assert.True(expected == imported, $"{year}: {expected} alliances in the raw rows, {imported} imported");
        }
    }

    [Fact]
    public void Conditions_reach_the_clause_text()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Atop, MemberFile);
        var rows = RawRows(MemberFile).Where(r => r["defense"] == "1" && r["defcoadv"] == "1").ToList();
        Assert.NotEmpty(rows);
        var claims = store.LoadKnowledge([]).Claims.Where(c => c.Cue == "atop:5.1:" + rows[0]["atopid"]).ToList();
        Assert.Contains(claims, c => c.ClauseList.Any(k => k.Kind == ClauseKind.MutualDefence && k.Present && k.Condition!.Contains("particular adversary")));
    }

    [Fact]
    public void Reimport_adds_nothing()
    {
        using var store = new MemoryStore();
        var first = Importing.Run(store, DatasetKind.Atop, MemberFile);
        var counts = store.Counts();
        var second = Importing.Run(store, DatasetKind.Atop, MemberFile);
        Assert.Equal(789, first.DocumentsAdded);
        Assert.Equal(0, second.DocumentsAdded);
        Assert.Equal(counts, store.Counts());
    }

    [Fact]
    public void Interrupted_import_resumes_from_its_checkpoint_and_ends_like_a_clean_run()
    {
        using var clean = new MemoryStore();
        Importing.Run(clean, DatasetKind.Atop, MemberFile, batchSize: 50);
        using var store = new MemoryStore { FailAfterBatches = 3 };
        Assert.Throws<IOException>(() => Importing.Run(store, DatasetKind.Atop, MemberFile, batchSize: 50));
        store.FailAfterBatches = null;
        var resumed = Importing.Run(store, DatasetKind.Atop, MemberFile, batchSize: 50);
        Assert.Equal(150, resumed.DocumentsResumed);
        Assert.Equal(clean.Counts(), store.Counts());
    }

    [Fact]
    public void Every_evidence_sentence_is_verbatim_text_of_its_document()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Atop, MemberFile);
        foreach (var claim in store.LoadKnowledge([]).Claims)
        {
            var text = store.GetDocument(claim.Evidence.DocumentId)!.Text;
            Assert.Equal(claim.Evidence.Sentence, text[claim.Evidence.Start..claim.Evidence.End]);
        }
    }

    [Theory]
    [InlineData(DatasetKind.Atop, "atop", "atop5_1a.csv", 789)]
    [InlineData(DatasetKind.Atop, "atop", "atop5_1aph.csv", 849)]
    [InlineData(DatasetKind.Atop4, "atop-v4", "atop-member-level.csv", 745)]
    [InlineData(DatasetKind.Atop4, "atop-v4", "atop-alliance-level.csv", 745)]
    public void Every_atop_alliance_file_imports_one_document_per_row_group(DatasetKind kind, string folder, string file, int documents)
    {
        using var store = new MemoryStore();
        var summary = Importing.Run(store, kind, SharedCorpus.Data(folder, file));
        Assert.Equal(documents, summary.DocumentsAdded);
        Assert.True(store.Counts().TieClaims > documents);
    }

    [Fact]
    public void State_year_summary_is_refused_with_a_clear_reason()
    {
        using var store = new MemoryStore();
        var error = Assert.Throws<InputException>(() => Importing.Run(store, DatasetKind.Atop, SharedCorpus.Data("atop", "atop5_1sy.csv")));
        Assert.Contains("state-year", error.Message);
        Assert.Equal(0, store.Counts().Documents);
    }

    [Fact]
    public void Unmapped_cow_codes_are_reported_and_kept_as_fallback_actors()
    {
        using var store = new MemoryStore();
        var summary = Importing.Run(store, DatasetKind.Atop, MemberFile);
        Assert.Contains("COW 245", summary.UnknownCodes.Keys); // Bavaria: no ISO code
        Assert.Contains(store.StoredActors(), a => a.Id.Value == "cow-245");
    }

    internal static List<Dictionary<string, string>> RawRows(string path)
    {
        // Deliberately simple: these files have no quoted fields.
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>For COW's file, whose text fields are quoted but contain no commas.</summary>
    internal static List<Dictionary<string, string>> RawRowsQuoted(string path) =>
        RawRows(path).Select(r => r.ToDictionary(p => p.Key.Trim('"'), p => p.Value.Trim('"'))).ToList();

    private static bool Covers(Dictionary<string, string> row, DateOnly date)
    {
        var entry = new DateOnly(int.Parse(row["yrent"], CultureInfo.InvariantCulture), Math.Max(1, int.Parse(row["moent"], CultureInfo.InvariantCulture)), 1);
        var exitYear = int.Parse(row["yrexit"], CultureInfo.InvariantCulture);
        return entry <= date && (exitYear == 0 || new DateOnly(exitYear, Math.Max(1, int.Parse(row["moexit"], CultureInfo.InvariantCulture)), 28) >= date);
    }
}
