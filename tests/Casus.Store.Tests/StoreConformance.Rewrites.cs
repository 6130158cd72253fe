using Casus.Core.Claims;
using static Casus.Store.Tests.StoreFixtures;

namespace Casus.Store.Tests;

/// <summary>What <c>casus refresh</c> needs from every store: where claims came from, and atomic rewrites.</summary>
public abstract partial class StoreConformance
{
    [Fact]
    public void Extractions_name_the_extractor_and_data_version_behind_each_documents_claims()
    {
        var store = Store();
        var mixed = Doc("Freedonia and Sylvania met at the marsh.");
        var silent = Doc("Nothing of note happened in the marsh.");
        var old = Threat(mixed) with { Evidence = Evidence(mixed, 2, 8) with { LexiconVersion = "2020.01.01" } };
        store.AddDocument(mixed, [Treaty(mixed), old], [Size(mixed)]);
        store.AddDocument(silent, [], []);

        var extractions = store.Extractions().ToDictionary(e => e.DocumentId);

        Assert.Equal(2, extractions.Count);
        Assert.Equal(mixed.Origin, extractions[mixed.Id].Origin);
        Assert.Equal([new ClaimProvenance("rules/1.2", "2020.01.01"), new ClaimProvenance("rules/1.2", "2026.11.23")],
            extractions[mixed.Id].Provenance.OrderBy(p => p.DataVersion, StringComparer.Ordinal));
        Assert.Empty(extractions[silent.Id].Provenance);
    }

    [Fact]
    public void Replaced_claims_take_the_place_of_the_old_ones_and_the_document_stays_as_stored()
    {
        var store = Store();
        var doc = Doc("Freedonia signed a treaty with Sylvania again.");
        store.AddDocument(doc, [Treaty(doc)], [Size(doc)]);

        Assert.True(store.ReplaceClaims(doc.Id, [Threat(doc), Threat(doc, Modality.Asserted)], []));

        var stored = store.GetDocumentWithClaims(doc.Id)!;
        Assert.Equal(doc, stored.Document);
        Assert.Equal([Threat(doc), Threat(doc, Modality.Asserted)], stored.Ties);
        Assert.Empty(stored.States);
        Assert.Equal(new StoreCounts(1, 2, 0, 0), store.Counts());
    }

    [Fact]
    public void Replacing_claims_that_fail_midway_keeps_the_old_claims()
    {
        var store = Store();
        var doc = Doc("Sylvania warned Freedonia about the marsh.");
        store.AddDocument(doc, [Treaty(doc)], [Size(doc)]);
        var broken = Threat(doc) with { Evidence = Evidence(doc) with { Start = -1 } };

        Assert.ThrowsAny<Exception>(() => store.ReplaceClaims(doc.Id, [Threat(doc), broken], []));

        var stored = store.GetDocumentWithClaims(doc.Id)!;
        Assert.Single(stored.Ties);
        Assert.Equal(TieType.Treaty, stored.Ties[0].Type);
        Assert.Single(stored.States);
    }

    [Fact]
    public void Replacing_claims_of_a_document_not_stored_writes_nothing()
    {
        var store = Store();
        var doc = Doc("A report nobody stored.");
        Assert.False(store.ReplaceClaims(doc.Id, [Threat(doc)], []));
        Assert.Null(store.GetDocumentWithClaims(doc.Id));
        Assert.Equal(new StoreCounts(0, 0, 0, 0), store.Counts());
    }

    [Fact]
    public void Replaced_document_is_gone_with_its_claims_and_its_replacement_is_stored_whole()
    {
        var store = Store();
        var old = Doc("Freedonia and Sylvania signed a pact.");
        var corrected = Doc("Freedonia and Sylvania signed a defence pact.");
        var kept = Doc("Sylvania held elections.");
        store.AddDocument(old, [Treaty(old)], [Size(old)]);
        store.AddDocument(kept, [Threat(kept)], []);

        Assert.True(store.ReplaceDocument(old.Id, new DocumentWithClaims(corrected, [Treaty(corrected)], [])));

        Assert.Null(store.GetDocument(old.Id));
        var stored = store.GetDocumentWithClaims(corrected.Id)!;
        Assert.Equal(corrected, stored.Document);
        Assert.Equal(corrected.Id, Assert.Single(stored.Ties).Evidence.DocumentId);
        Assert.Equal(new StoreCounts(2, 2, 0, 0), store.Counts());
    }

    [Fact]
    public void Replacing_a_document_with_nothing_removes_it_and_unknown_ids_change_nothing()
    {
        var store = Store();
        var doc = Doc("A withdrawn curated note.");
        store.AddDocument(doc, [Threat(doc)], [Size(doc)]);

        Assert.False(store.ReplaceDocument("no-such-id", null));
        Assert.True(store.ReplaceDocument(doc.Id, null));

        Assert.Equal(new StoreCounts(0, 0, 0, 0), store.Counts());
    }
}
