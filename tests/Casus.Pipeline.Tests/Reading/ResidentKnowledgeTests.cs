using Casus.Core.Knowledge;
using Casus.Pipeline.Reading;
using Casus.Store.Sqlite;
using Casus.Testing;

namespace Casus.Pipeline.Tests.Reading;

/// <summary>The server's dated views of its knowledge: built once per date, few kept, safe to share, gone after an ingest.</summary>
public sealed class ResidentKnowledgeTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly KnowledgeBase _whole;

    public ResidentKnowledgeTests()
    {
        using var store = new SqliteStore(_dir.File("dated.db"));
        DatedNetwork.WriteTo(store, documents: 60);
        _whole = store.LoadKnowledge(DatedNetwork.Actors());
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_date_asked_twice_gets_the_same_view_holding_exactly_the_claims_of_that_date()
    {
        var resident = new ResidentKnowledge(_whole);
        var view = resident.AsOf(DatedNetwork.Pivot);
        Assert.Same(view, resident.AsOf(DatedNetwork.Pivot));
        Assert.Same(_whole, resident.AsOf(null));

        var expected = _whole.AsOf(DatedNetwork.Pivot);
        Assert.InRange(view.Claims.Count, 1, _whole.Claims.Count - 1);
        Assert.Equal(expected.Claims, view.Claims);
        Assert.Equal(expected.States, view.States);
        Assert.Same(view, view.AsOf(DatedNetwork.Pivot)); // presenters narrowing again copy nothing
    }

    [Fact]
    public void Only_the_most_recently_used_dates_are_kept()
    {
        var resident = new ResidentKnowledge(_whole, capacity: 2);
        var first = resident.AsOf(DatedNetwork.Pivot);
        var second = resident.AsOf(DatedNetwork.Pivot.AddDays(1));
        Assert.Same(first, resident.AsOf(DatedNetwork.Pivot)); // the pivot is now the most recent
        resident.AsOf(DatedNetwork.Pivot.AddDays(2));           // drops the day after the pivot

        Assert.Equal(2, resident.HeldViews);
        Assert.Same(first, resident.AsOf(DatedNetwork.Pivot));
        var rebuilt = resident.AsOf(DatedNetwork.Pivot.AddDays(1));
        Assert.NotSame(second, rebuilt);
        Assert.Equal(second.Claims, rebuilt.Claims);
    }

    [Fact]
    public void Concurrent_requests_for_one_date_share_one_view()
    {
        var resident = new ResidentKnowledge(_whole, capacity: 4);
        var views = new KnowledgeBase[64];
        Parallel.For(0, views.Length, i => views[i] = resident.AsOf(DatedNetwork.AsOfDates[1 + i % 4]));
        Assert.Equal(4, views.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(4, resident.HeldViews);
    }

    [Fact]
    public void An_ingest_shows_in_the_next_dated_view_of_the_workspace()
    {
        using var workspace = CasusWorkspace.Open(new WorkspaceOptions(_dir.File("ingest.db"), LoadStarter: false));
        Assert.Equal(0, workspace.Ingest([SharedCorpus.Seed(SharedCorpus.TheWeek)]).Failed);
        var day = new DateOnly(2025, 6, 21);
        var before = workspace.Knowledge(day);
        Assert.Same(before, workspace.Knowledge(day));

        Assert.Equal(0, workspace.Ingest([SharedCorpus.Seed(SharedCorpus.Rnz)]).Failed);
        var after = workspace.Knowledge(day);
        Assert.True(after.Claims.Count > before.Claims.Count, "the second article's claims are missing from the dated view");
        Assert.Equal(workspace.Knowledge().AsOf(day).Claims, after.Claims);
    }

    [Fact]
    public void Knowledge_after_an_ingest_holds_the_stored_claims_and_leaves_the_one_before_untouched()
    {
        var resident = new ResidentKnowledge(_whole, capacity: 2);
        var heldView = resident.AsOf(DatedNetwork.Pivot);
        var claim = _whole.Claims[0];
        var document = new Casus.Core.Documents.Document("doc-new", "A fictional note.", null, null, null, DatedNetwork.Pivot, null, "note.txt", null);
        var tie = claim with { ValidFrom = null, ValidUntil = null, Evidence = claim.Evidence with { DocumentId = document.Id, Date = DatedNetwork.Pivot } };
        var state = new Casus.Core.Claims.StateClaim(DatedNetwork.State(1), Casus.Core.Claims.ActorStateKind.StayedOut,
            Casus.Core.Claims.Modality.Asserted, tie.Evidence);

        var after = resident.Including(DatedNetwork.Actors(), [new Casus.Store.DocumentWithClaims(document, [tie], [state])]);

        Assert.Equal([.. _whole.Claims, tie], after.Whole.Claims);
        Assert.Equal([.. _whole.States, state], after.Whole.States);
        Assert.Contains(tie, after.Whole.ClaimsOf(tie.Source));
        Assert.Equal(2, after.Capacity);
        Assert.Equal(0, after.HeldViews); // views of before lack the new claims: none carried over
        Assert.Contains(tie, after.AsOf(DatedNetwork.Pivot).Claims);
        Assert.Same(_whole, resident.Whole);
        Assert.Same(heldView, resident.AsOf(DatedNetwork.Pivot));
        Assert.DoesNotContain(tie, heldView.Claims);
    }
}
