using System.Globalization;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Store.Import;
using Casus.Store.Tests.Support;
using Casus.Testing;

namespace Casus.Store.Tests.Import;

public class CowImportTests
{
    private static string File => SharedCorpus.Data("cow-alliances", "alliance_v4.1_by_member.csv");

    [Fact]
    public void Every_cow_alliance_becomes_one_document()
    {
        using var store = new MemoryStore();
        var summary = Importing.Run(store, DatasetKind.Cow, File);
        Assert.Equal(1221, summary.RowsRead);
        Assert.Equal(414, summary.DocumentsAdded);
        Assert.Equal(0, summary.RowsSkipped);
    }

    [Fact]
    public void Iran_cow_ties_in_2010_match_the_raw_rows_with_their_type()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Cow, File);
        var iran = new ActorId("IRN");
        var ties = store.LoadKnowledge([]).AsOf(new DateOnly(2010, 1, 1)).Claims.Where(c => c.Source == iran && c.Type == TieType.Treaty).ToList();

        var rows = AtopImportTests.RawRowsQuoted(File);
        var active = rows.Where(r => r["ccode"] == "630" && int.Parse(r["mem_st_year"], CultureInfo.InvariantCulture) <= 2009 && r["mem_end_year"] == "").ToList();
        Assert.NotEmpty(active);
        Assert.Equal(active.Select(r => r["version4id"]).Order(), ties.Select(c => c.Cue!.Split(':')[2]).Distinct().Order());
        foreach (var row in active)
        {
            var claim = ties.First(c => c.Cue!.EndsWith(":" + row["version4id"], StringComparison.Ordinal));
            Assert.Equal(row["defense"] == "1", claim.ClauseList.Single(k => k.Kind == ClauseKind.MutualDefence).Present);
            Assert.Equal(row["entente"] == "1", claim.ClauseList.Single(k => k.Kind == ClauseKind.Consultation).Present);
        }
    }

    [Fact]
    public void Historical_states_keep_their_cow_name()
    {
        using var store = new MemoryStore();
        Importing.Run(store, DatasetKind.Cow, File);
        Assert.Contains(store.StoredActors(), a => a.Id.Value == "cow-245" && a.Name == "Bavaria");
    }
}
