using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Present.Tests;

/// <summary>
/// A small invented crisis (Ardania attacked by Borduria, joined by Carpathia) with a hostile
/// document among the evidence, so every presenter can be checked for escaping.
/// </summary>
internal static class FictionalWorld
{
    public const string Payload = "Zembla said <script>alert('x')</script> and <img src=x onerror=\"alert(1)\"> in one breath.";
    public const string Formula = "=HYPERLINK(\"http://evil\",\"click\")";

    public static readonly ActorId Ardania = new("ARD");
    public static readonly ActorId Borduria = new("BRD");
    public static readonly ActorId Carpathia = new("CRP");
    public static readonly ActorId Zembla = new("ZMB");
    public static readonly ActorId Militia = new("red-militia");

    public static Evidence Quote(string sentence, string doc = "doc-a", string outlet = "The Daily Fiction", int start = 0) =>
        new(doc, sentence, start, start + sentence.Length, outlet, new DateOnly(2031, 3, 4), "test", "t1", "https://example.test/" + doc);

    public static KnowledgeBase Knowledge()
    {
        Actor State(ActorId id, string name) => new(id, name, ActorKind.State, [], []);
        var actors = new[]
        {
            State(Ardania, "Ardania"), State(Borduria, "Borduria"), State(Carpathia, "Carpathia"), State(Zembla, "Zembla"),
            new Actor(Militia, "Red Militia", ActorKind.ArmedGroup, ["the Reds"], []),
        };
        var claims = new[]
        {
            new TieClaim(Zembla, Ardania, TieType.Treaty, 1, Modality.Asserted, Quote("Zembla and Ardania signed a pact in May."),
                ValidFrom: new DateOnly(2030, 5, 1), Clauses: [new Clause(ClauseKind.MutualDefence, false)]),
            new TieClaim(Zembla, Ardania, TieType.Support, 1, Modality.Hedged, Quote(Payload, "doc-b", "Evil \"Outlet\"", 40), Attribution: "officials"),
            new TieClaim(Zembla, Borduria, TieType.Condemnation, -1, Modality.Asserted, Quote(Formula + "\nsecond line, with comma", "doc-b", "Evil \"Outlet\"", 120)),
            new TieClaim(Ardania, Militia, TieType.Patronage, 1, Modality.Asserted, Quote("Ardania arms the Red Militia.", start: 80),
                ValidUntil: new DateOnly(2031, 1, 1)),
            new TieClaim(Militia, Carpathia, TieType.Threat, -1, Modality.Conditional, Quote("The Reds vow to strike Carpathia if it joins.", start: 140),
                Condition: "if Carpathia joins", ConditionActor: Carpathia),
        };
        var states = new[] { new StateClaim(Militia, ActorStateKind.Size, Modality.Asserted, Quote("The Reds number 9,000.", start: 200), Quantity: 9000) };
        return new KnowledgeBase(actors, claims, states);
    }

    public static Scenario Scenario => new(Ardania, [Borduria], [Carpathia], new DateOnly(2031, 6, 1));

    public static ScenarioResult Result()
    {
        var kb = Knowledge();
        var zembla = new Verdict(Zembla, "Zembla", [0.1, 0.4, 0.3, 0.1, 0.05, 0.05], LadderLevel.Rhetorical,
            [
                new Factor("commitment", -0.4, "a pact without a defence clause", [kb.Claims[0].Evidence]),
                new Factor("stated_intent", 0.3, "officials hint at support", [kb.Claims[1].Evidence]),
            ]);
        var militia = new Verdict(Militia, "Red Militia", [0.05, 0.05, 0.1, 0.2, 0.5, 0.1], LadderLevel.IndirectMilitary,
            [new Factor("stated_intent", 1.2, "conditional threat against a joiner", [kb.Claims[4].Evidence])], LadderLevel.IndirectMilitary);
        return new ScenarioResult(Scenario, [zembla, militia]);
    }
}
