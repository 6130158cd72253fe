using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Reason.Tests.Fixtures;

/// <summary>
/// A fictional world for engine tests, so they do not move when real lexicons or news change:
/// Borduria attacks Avalon, Carpania joins; Syldavia is the actor whose verdict we probe.
/// </summary>
public static class Fiction
{
    public const string Target = "AVL", Attacker = "BOR", Joiner = "CRP", Helper = "SYL";

    public static DateOnly Day { get; } = new(2025, 6, 30);

    public static Scenario War(DateOnly? asOf = null) =>
        new(new ActorId(Target), [new ActorId(Attacker)], [new ActorId(Joiner)], asOf ?? Day);

    /// <summary>The four countries, and a tie that puts Syldavia in the scenario without weighing
    /// for or against it (the attacker frowning at it), so every probe starts from the baseline.</summary>
    public static KbBuilder World() => new KbBuilder()
        .Actor(Target, "Avalon").Actor(Attacker, "Borduria").Actor(Joiner, "Carpania").Actor(Helper, "Syldavia")
        .Tie(Attacker, Helper, TieType.Threat, Modality.Asserted, "Bordurian envoys muttered about Syldavia.");

    public static Verdict Judge(KnowledgeBase knowledge, string actor = Helper, ScenarioEngine? engine = null, Scenario? scenario = null) =>
        (engine ?? TestWeights.Engine).Evaluate(knowledge, scenario ?? War()).Verdicts.Single(v => v.Actor == new ActorId(actor));

    public static Verdict Judge(KbBuilder world, string actor = Helper) => Judge(world.Build(), actor);

    public static Verdict Baseline() => Judge(World());

    public static Factor FactorNamed(this Verdict verdict, string name) => verdict.Factors.Single(f => f.Name == name);
}
