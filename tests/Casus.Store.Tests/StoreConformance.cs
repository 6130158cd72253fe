using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Core.Knowledge;
using static Casus.Store.Tests.StoreFixtures;

namespace Casus.Store.Tests;

/// <summary>
/// What every <see cref="ICasusStore"/> promises. A backend's test class derives from this and
/// says how to open its store; xunit makes a fresh instance (a fresh database) per test.
/// </summary>
public abstract partial class StoreConformance : IDisposable
{
    /// <summary>Opens the test's database: the same one on every call within a test.</summary>
    protected abstract ICasusStore OpenStore();

    private readonly List<ICasusStore> _opened = [];

    protected ICasusStore Store() { var s = OpenStore(); _opened.Add(s); return s; }

    public virtual void Dispose()
    {
        foreach (var s in _opened) s.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void New_database_records_its_schema_version_and_is_empty()
    {
        var store = Store();
        Assert.NotNull(store.GetMeta("schema_version"));
        Assert.Equal(new StoreCounts(0, 0, 0, 0), store.Counts());
    }

    [Fact]
    public void Stored_document_reads_back_with_every_field()
    {
        var store = Store();
        var parent = Doc("A parent page about the marsh.");
        var child = Doc("A related item under the page.", parent: parent.Id) with { Author = null, Url = null };
        store.AddDocument(parent, [], []);
        store.AddDocument(child, [], []);
        Assert.Equal(parent, store.GetDocument(parent.Id));
        Assert.Equal(child, store.GetDocument(child.Id));
        Assert.Null(store.GetDocument("no-such-id"));
    }

    [Fact]
    public void Tie_claim_reads_back_with_clauses_offsets_and_versions()
    {
        var store = Store();
        var doc = Doc("Freedonia signed a treaty with Sylvania.");
        var treaty = Treaty(doc);
        var threat = Threat(doc);
        store.AddDocument(doc, [treaty, threat], []);
        var claims = store.LoadKnowledge([]).Claims;
        Assert.Equal(2, claims.Count);
        AssertSameTie(treaty, claims.Single(c => c.Type == TieType.Treaty));
        AssertSameTie(threat, claims.Single(c => c.Type == TieType.Threat));
        Assert.False(claims.Single(c => c.Type == TieType.Treaty).ClauseList.Single(c => c.Kind == ClauseKind.MutualDefence).Present);
    }

    [Fact]
    public void State_claim_reads_back_with_quantity_and_context()
    {
        var store = Store();
        var doc = Doc("The marsh militia has many fighters.");
        var size = Size(doc);
        store.AddDocument(doc, [], [size]);
        Assert.Equal(size, store.LoadKnowledge([]).States.Single());
    }

    [Fact]
    public void Adding_the_same_document_twice_stores_it_once()
    {
        var store = Store();
        var doc = Doc("Freedonia signed a treaty with Sylvania again.");
        Assert.True(store.AddDocument(doc, [Treaty(doc)], [Size(doc)]));
        Assert.False(store.AddDocument(doc, [Treaty(doc), Threat(doc)], []));
        Assert.Equal(new StoreCounts(1, 1, 1, 0), store.Counts());
        Assert.True(store.HasDocument(doc.Id));
    }

    [Fact]
    public void A_document_whose_claims_fail_to_store_leaves_no_trace()
    {
        var store = Store();
        var doc = Doc("Freedonia and the militia traded threats.");
        var broken = Threat(doc) with { Evidence = Evidence(doc) with { Start = 9, End = 3 } };
        Assert.ThrowsAny<Exception>(() => store.AddDocument(doc, [Treaty(doc), Threat(doc), broken], [Size(doc)]));
        Assert.False(store.HasDocument(doc.Id));
        Assert.Equal(new StoreCounts(0, 0, 0, 0), store.Counts());
        Assert.True(store.AddDocument(doc, [Treaty(doc)], []), "a failed write must not block a later good one");
    }

    [Fact]
    public void Documents_list_counts_each_documents_claims()
    {
        var store = Store();
        var a = Doc("First fictional report.", new DateOnly(2025, 1, 1));
        var b = Doc("Second fictional report.", new DateOnly(2025, 2, 1));
        store.AddDocument(a, [Treaty(a), Threat(a)], [Size(a)]);
        store.AddDocument(b, [], []);
        var listed = store.Documents();
        Assert.Equal([a.Id, b.Id], listed.Select(d => d.Id));
        Assert.Equal((2, 1), (listed[0].TieClaims, listed[0].StateClaims));
        Assert.Equal(("The Fictional Herald", new DateOnly(2025, 1, 1)), (listed[0].Outlet, listed[0].Date));
    }

    [Fact]
    public void One_documents_summary_matches_its_line_in_the_list()
    {
        var store = Store();
        var a = Doc("A fictional report with two claims.", new DateOnly(2025, 3, 1));
        store.AddDocument(a, [Treaty(a), Threat(a)], [Size(a)]);
        store.AddDocument(Doc("Another fictional report."), [], []);
        Assert.Equal(store.Documents().Single(d => d.Id == a.Id), store.DocumentSummaryOf(a.Id));
        Assert.Null(store.DocumentSummaryOf("no-such-document"));
    }

    [Fact]
    public void Data_survives_closing_and_reopening_the_store()
    {
        var doc = Doc("Freedonia signed a treaty with Sylvania, reopened.");
        using (var first = OpenStore())
        {
            first.AddDocument(doc, [Treaty(doc)], []);
            first.SetMeta("starter", "loaded");
        }
        var second = Store();
        Assert.True(second.HasDocument(doc.Id));
        Assert.Equal("loaded", second.GetMeta("starter"));
        AssertSameTie(Treaty(doc), second.LoadKnowledge([]).Claims.Single());
    }

    [Fact]
    public void Meta_value_is_replaced_not_duplicated()
    {
        var store = Store();
        store.SetMeta("data_version", "1");
        store.SetMeta("data_version", "2");
        Assert.Equal("2", store.GetMeta("data_version"));
        Assert.Null(store.GetMeta("never-set"));
    }

    [Fact]
    public void Stored_actors_round_trip_and_lexicon_names_win_in_knowledge()
    {
        var store = Store();
        var imported = new Actor(Militia, "Marsh Militia (imported)", ActorKind.ArmedGroup, ["the militia"], [Freedonia]);
        var other = new Actor(new ActorId("bog-front"), "Bog Front", ActorKind.Movement, [], []);
        store.UpsertActors([imported, other]);
        store.UpsertActors([other with { Name = "Bog Front Renamed" }]);
        var stored = store.StoredActors();
        Assert.Equal(2, stored.Count);
        var militia = stored.Single(a => a.Id == Militia);
        Assert.Equal((imported.Name, imported.Kind), (militia.Name, militia.Kind));
        Assert.Equal(imported.Aliases, militia.Aliases);
        Assert.Equal(imported.PartOf, militia.PartOf);
        Assert.Equal("Bog Front Renamed", stored.Single(a => a.Id.Value == "bog-front").Name);

        var lexicon = new Actor(Militia, "Marsh Militia", ActorKind.ArmedGroup, [], []);
        var knowledge = store.LoadKnowledge([lexicon]);
        Assert.Equal("Marsh Militia", knowledge.NameOf(Militia));
        Assert.Equal("Bog Front Renamed", knowledge.NameOf(new ActorId("bog-front")));
    }

    [Fact]
    public void Knowledge_as_of_a_date_leaves_out_later_reports_and_ended_ties()
    {
        var store = Store();
        var early = Doc("An early fictional report.", new DateOnly(2024, 5, 1));
        var late = Doc("A later fictional report.", new DateOnly(2025, 6, 1));
        var ended = Threat(early, Modality.Asserted) with { ValidUntil = new DateOnly(2024, 12, 31) };
        store.AddDocument(early, [ended], []);
        store.AddDocument(late, [Threat(late)], []);
        var knowledge = store.LoadKnowledge([]);
        Assert.Single(knowledge.AsOf(new DateOnly(2024, 6, 1)).Claims, c => c.Evidence.DocumentId == early.Id);
        Assert.Single(knowledge.AsOf(new DateOnly(2025, 6, 20)).Claims, c => c.Evidence.DocumentId == late.Id);
        Assert.Equal(2, knowledge.ClaimsOf(Freedonia).Count);
    }

    [Fact]
    public void Two_writers_racing_on_the_same_documents_store_each_once()
    {
        var docs = Enumerable.Range(0, 25).Select(i => Doc($"Fictional wire story number {i}.")).ToList();
        var first = Store();
        var second = Store();
        var added = new int[2];
        Parallel.For(0, 2, w =>
        {
            var store = w == 0 ? first : second;
            foreach (var doc in w == 0 ? docs : Enumerable.Reverse(docs))
                if (store.AddDocument(doc, [Treaty(doc), Threat(doc)], [Size(doc)])) Interlocked.Increment(ref added[w]);
        });
        Assert.Equal(docs.Count, added.Sum());
        Assert.Equal(new StoreCounts(docs.Count, 2 * docs.Count, docs.Count, 0), first.Counts());
    }

    [Fact]
    public void A_batch_stores_new_documents_once_and_skips_stored_ones()
    {
        var store = Store();
        var a = Doc("Batch item one, fictional.");
        var b = Doc("Batch item two, fictional.");
        store.AddDocument(a, [Treaty(a)], []);
        var added = store.AddDocuments([new DocumentWithClaims(a, [Treaty(a)], []), new DocumentWithClaims(b, [Treaty(b), Threat(b)], [Size(b)]), new DocumentWithClaims(b, [Treaty(b)], [])]);
        Assert.Equal(1, added);
        Assert.Equal(new StoreCounts(2, 3, 1, 0), store.Counts());
    }

    [Fact]
    public void Claims_touching_some_actors_read_as_the_full_load_reads_them_in_the_same_order()
    {
        var store = Store();
        var a = Doc("A fictional dispatch on the marsh front.");
        var b = Doc("A second fictional dispatch from the capital.");
        var hostility = new TieClaim(Sylvania, Militia, TieType.Hostility, -1, Modality.Asserted, Evidence(b, 0, 6));
        var membership = new TieClaim(Militia, Sylvania, TieType.Membership, +1, Modality.Negated, Evidence(b, 3, 9));
        store.AddDocument(a, [Treaty(a), Threat(a)], [Size(a)]);
        store.AddDocument(b, [hostility, Threat(b, Modality.Asserted), membership], []);
        var full = store.LoadKnowledge([]);

        // Either end, one end, one end and a type: each the matching subsequence of the full load.
        AssertSlice(full.Claims.Where(c => c.Mentions(Sylvania)), store.TieClaimsTouching([Sylvania]));
        AssertSlice(full.Claims.Where(c => c.Mentions(Militia) || c.Mentions(Sylvania)), store.TieClaimsTouching([Militia, Sylvania]));
        AssertSlice(full.Claims.Where(c => c.Source == Militia), store.TieClaimsTouching([Militia], ClaimEnd.Source));
        AssertSlice(full.Claims.Where(c => c.Target == Freedonia), store.TieClaimsTouching([Freedonia], ClaimEnd.Target));
        AssertSlice(full.Claims.Where(c => c.Source == Sylvania && c.Type == TieType.Hostility),
            store.TieClaimsTouching([Sylvania, Freedonia], ClaimEnd.Source, TieType.Hostility));
        // Among: both ends in the set (hostility and membership between the militia and Sylvania; the treaty).
        AssertSlice(full.Claims.Where(c => c.Source != Freedonia && c.Target != Freedonia), store.TieClaimsAmong([Militia, Sylvania]));
        AssertSlice(full.Claims.Where(c => c.Type == TieType.Treaty), store.TieClaimsAmong([Sylvania, Freedonia]));
        Assert.Empty(store.TieClaimsAmong([Sylvania]));
        Assert.Empty(store.TieClaimsTouching([new ActorId("nobody")]));
        Assert.Empty(store.TieClaimsTouching([]));

        var states = store.StateClaimsOf([Militia, Freedonia]);
        Assert.Equal(full.States, states.Select(s => s.Claim));
        Assert.Empty(store.StateClaimsOf([Sylvania]));
    }

    private static void AssertSlice(IEnumerable<TieClaim> expected, IReadOnlyList<Keyed<TieClaim>> slice)
    {
        var want = expected.ToList();
        Assert.Equal(want.Count, slice.Count);
        for (var i = 0; i < want.Count; i++) AssertSameTie(want[i], slice[i].Claim);
        for (var i = 1; i < slice.Count; i++) Assert.True(slice[i - 1].Key < slice[i].Key, "keys ascend, each claim once");
    }

    private static void AssertSameTie(TieClaim expected, TieClaim actual)
    {
        // Records compare lists by reference; compare clauses by value, the rest as records.
        Assert.Equal(expected.ClauseList, actual.ClauseList);
        Assert.Equal(expected.Clauses is null, actual.Clauses is null);
        Assert.Equal(expected with { Clauses = null }, actual with { Clauses = null });
    }
}
