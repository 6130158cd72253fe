using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Store.Tests;

/// <summary>Fictional documents and claims (Freedonia and Sylvania) for exercising stores.</summary>
internal static class StoreFixtures
{
    public static readonly ActorId Freedonia = new("FRD");
    public static readonly ActorId Sylvania = new("SYL");
    public static readonly ActorId Militia = new("marsh-militia");

    public static Document Doc(string text, DateOnly? date = null, string? parent = null) =>
        Document.Create(text, "Title of " + text[..Math.Min(12, text.Length)], "The Fictional Herald", "A. Writer",
            date ?? new DateOnly(2025, 3, 4), "https://example.invalid/" + text.Length, "fixture:" + text.Length, parent);

    public static Evidence Evidence(Document doc, int start = 0, int? end = null, string? url = "https://example.invalid/a") =>
        new(doc.Id, doc.Text[start..(end ?? doc.Text.Length)], start, end ?? doc.Text.Length, doc.Outlet, doc.Date,
            "rules/1.2", "2026.11.23", url);

    public static TieClaim Treaty(Document doc) => new(
        Freedonia, Sylvania, TieType.Treaty, +1, Modality.Asserted, Evidence(doc, 0, 10),
        Attribution: "Sylvanian officials",
        ValidFrom: new DateOnly(2025, 1, 17),
        ValidUntil: new DateOnly(2030, 1, 17),
        Clauses: [new Clause(ClauseKind.MutualDefence, false), new Clause(ClauseKind.JointExercises, true, "naval only")],
        Condition: "if the marsh floods",
        ConditionActor: Militia,
        Cue: "signed a treaty");

    public static TieClaim Threat(Document doc, Modality modality = Modality.Hedged) =>
        new(Militia, Freedonia, TieType.Threat, -1, modality, Evidence(doc, 2, 8, url: null));

    public static StateClaim Size(Document doc) => new(
        Militia, ActorStateKind.Size, Modality.Hedged, Evidence(doc, 1, 5), Quantity: 200000.5,
        Attribution: "local press", ValidFrom: new DateOnly(2024, 2, 1), ValidUntil: new DateOnly(2025, 2, 1),
        Context: "during the marsh war", Cue: "fighters");
}
