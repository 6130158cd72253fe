using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Present.Tests;

/// <summary>
/// An invented hub, Hubria, with partners of different strength (claims between them as of
/// mid-2031): Ostia 3 (two tie types), "alvar" 2 and Belmar 2 (equal: the name decides, case-insensitively), Corvia 1, and
/// Dunmark 4 claims that all ended in 2030 (the strongest with no date, gone as of 2031). Ostia,
/// Belmar, Alvar and Corvia have ties among themselves, so a limited network can be seen to drop them.
/// </summary>
internal static class HubWorld
{
    public static readonly ActorId Hub = new("HUB"), Ostia = new("OST"), Alvar = new("ALV"), Belmar = new("BEL"),
        Corvia = new("COR"), Dunmark = new("DUN");

    public static readonly DateOnly MidYear = new(2031, 6, 1);

    public static KnowledgeBase Knowledge()
    {
        Actor State(ActorId id, string name) => new(id, name, ActorKind.State, [], []);
        var actors = new[]
        {
            State(Hub, "Hubria"), State(Ostia, "Ostia"), State(Alvar, "alvar"), State(Belmar, "Belmar"),
            State(Corvia, "Corvia"), State(Dunmark, "Dunmark"),
        };
        var ended = new DateOnly(2030, 12, 31);
        var claims = new List<TieClaim>
        {
            Claim(Hub, Ostia, TieType.Treaty, 1, "Hubria and Ostia renewed their pact."),
            Claim(Ostia, Hub, TieType.Treaty, 1, "Ostia confirmed the pact with Hubria."),
            Claim(Hub, Ostia, TieType.ArmsSupply, 2, "Hubria ships rifles to Ostia."),
            Claim(Alvar, Hub, TieType.Support, 3, "Alvar backs Hubria."),
            Claim(Alvar, Hub, TieType.Support, 4, "Alvar again backs Hubria."),
            Claim(Hub, Belmar, TieType.Alignment, 5, "Hubria and Belmar see eye to eye."),
            Claim(Belmar, Hub, TieType.EnergyTrade, 6, "Belmar buys Hubrian gas."),
            Claim(Corvia, Hub, TieType.Condemnation, 7, "Corvia condemned Hubria.", sign: -1),
            Claim(Ostia, Belmar, TieType.Alignment, 8, "Ostia and Belmar align."),
            Claim(Belmar, Alvar, TieType.EnergyTrade, 9, "Belmar sells grain to Alvar."),
            Claim(Corvia, Ostia, TieType.Threat, 10, "Corvia threatens Ostia.", sign: -1),
        };
        for (var i = 0; i < 4; i++)
            claims.Add(Claim(Hub, Dunmark, TieType.Support, 11 + i, $"Hubria aided Dunmark, report {i + 1}.") with { ValidUntil = ended });
        return new KnowledgeBase(actors, claims, []);
    }

    private static TieClaim Claim(ActorId source, ActorId target, TieType type, int n, string sentence, int sign = 1) =>
        new(source, target, type, sign, Modality.Asserted,
            new Evidence($"hub-{n}", sentence, 0, sentence.Length, "The Hub Courier", new DateOnly(2030, 2, n), "test", "t1", $"https://example.test/hub-{n}"));
}
