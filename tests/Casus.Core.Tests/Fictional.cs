using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Core.Tests;

/// <summary>A fictional world (Avalon, Borduria, Carpania) so these tests never depend on the real lexicon.</summary>
internal static class Fictional
{
    public static readonly ActorId Avalon = new("AVA");
    public static readonly ActorId Borduria = new("BOR");
    public static readonly ActorId Carpania = new("CAR");

    public static Evidence Evidence(string doc, DateOnly? date, string outlet = "The Avalon Times") =>
        new(doc, "Avalon pledged support to Borduria.", 0, 35, outlet, date, "test", "test");

    public static TieClaim Claim(TieType type, Modality modality = Modality.Asserted, DateOnly? reported = null,
        DateOnly? from = null, DateOnly? until = null, string doc = "d1", string outlet = "The Avalon Times") =>
        new(Avalon, Borduria, type, type.DefaultSign(), modality, Evidence(doc, reported ?? new DateOnly(2025, 6, 1), outlet),
            ValidFrom: from, ValidUntil: until);

    public static Actor Actor(ActorId id, string name, params ActorId[] partOf) =>
        new(id, name, ActorKind.State, [], partOf);
}
