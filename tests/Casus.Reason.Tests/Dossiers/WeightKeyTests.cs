using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Scenarios;
using Casus.Reason.Dossiers;
using Casus.Reason.Tests.Fixtures;
using static Casus.Reason.Tests.Fixtures.Fiction;

namespace Casus.Reason.Tests.Dossiers;

/// <summary>The numbers pass keeps one claim per weight key; these pin down what the key must tell apart.</summary>
public sealed class WeightKeyTests
{
    private static IndexedClaim Claim(TieType type, Modality modality = Modality.Asserted, string sentence = "Syldavia and Avalon were at it again.",
        DateOnly? date = null, IReadOnlyList<Clause>? clauses = null)
    {
        var kb = new KbBuilder().Actor(Helper, "Syldavia").Actor(Target, "Avalon")
            .Tie(Helper, Target, type, modality, sentence, date: date, clauses: clauses).Build();
        return new IndexedClaim(kb.Claims.Single());
    }

    [Fact]
    public void Reports_of_one_tie_that_differ_only_in_their_sentence_weigh_alike() =>
        Assert.Equal(WeightKey.Of(Claim(TieType.Alignment, sentence: "Syldavia sided with Avalon."), outgoing: true),
            WeightKey.Of(Claim(TieType.Alignment, sentence: "Avalon found a friend in Syldavia, a columnist wrote."), outgoing: true));

    [Fact]
    public void Direction_type_and_modality_each_change_the_weight()
    {
        var plain = WeightKey.Of(Claim(TieType.ArmsSupply), outgoing: true);
        Assert.NotEqual(plain, WeightKey.Of(Claim(TieType.ArmsSupply), outgoing: false));
        Assert.NotEqual(plain, WeightKey.Of(Claim(TieType.MilitaryCooperation), outgoing: true));
        Assert.NotEqual(plain, WeightKey.Of(Claim(TieType.ArmsSupply, Modality.Promised), outgoing: true));
    }

    [Fact]
    public void A_treaty_with_a_defence_clause_does_not_weigh_like_one_without_or_with_a_condition()
    {
        var keys = new[]
        {
            WeightKey.Of(Claim(TieType.Treaty), outgoing: true),
            WeightKey.Of(Claim(TieType.Treaty, clauses: [new Clause(ClauseKind.MutualDefence, true)]), outgoing: true),
            WeightKey.Of(Claim(TieType.Treaty, clauses: [new Clause(ClauseKind.MutualDefence, false)]), outgoing: true),
            WeightKey.Of(Claim(TieType.Treaty, clauses: [new Clause(ClauseKind.MutualDefence, true, "only against Borduria")]), outgoing: true),
            WeightKey.Of(Claim(TieType.Treaty, clauses: [new Clause(ClauseKind.NonAggression, true)]), outgoing: true),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Hostility_reported_on_different_days_does_not_weigh_alike() =>
        // Recency rules compare the report date with the as-of date.
        Assert.NotEqual(WeightKey.Of(Claim(TieType.Hostility, date: new DateOnly(2020, 1, 1)), outgoing: true),
            WeightKey.Of(Claim(TieType.Hostility, date: new DateOnly(2025, 1, 1)), outgoing: true));

    [Fact]
    public void Hedged_and_conditional_claims_each_count_on_their_own()
    {
        Assert.Null(WeightKey.Of(Claim(TieType.Support, Modality.Hedged), outgoing: true));
        Assert.Null(WeightKey.Of(Claim(TieType.Support, Modality.Conditional), outgoing: true));
    }

    [Fact]
    public void Thirty_outlets_repeating_a_tie_give_the_verdict_one_report_gives_and_cite_several()
    {
        var once = World().Tie(Helper, Target, TieType.ArmsSupply, Modality.Asserted, "Syldavia shipped rifles to Avalon, said report 0.");
        var often = World();
        for (var i = 0; i < 30; i++)
            often.Tie(Helper, Target, TieType.ArmsSupply, Modality.Asserted, $"Syldavia shipped rifles to Avalon, said report {i}.");
        var single = Judge(once);
        var repeated = Judge(often);
        Assert.Equal(single.Probabilities, repeated.Probabilities);
        Assert.True(repeated.Factors.Sum(f => f.Evidence.Count) > single.Factors.Sum(f => f.Evidence.Count));
    }

    [Fact]
    public void Among_repeats_a_report_that_weighs_differently_still_counts()
    {
        var world = World();
        for (var i = 0; i < 10; i++)
            world.Tie(Helper, Target, TieType.Treaty, Modality.Asserted, $"Syldavia and Avalon renewed their partnership, item {i}.",
                clauses: [new Clause(ClauseKind.MutualDefence, false)]);
        var without = Judge(world.Build());
        world.Tie(Helper, Target, TieType.Treaty, Modality.Asserted, "Syldavia and Avalon added a defence clause.",
            clauses: [new Clause(ClauseKind.MutualDefence, true)]);
        var with = Judge(world.Build());
        Assert.True(with.AtLeast(LadderLevel.IndirectMilitary) > without.AtLeast(LadderLevel.IndirectMilitary));
        Assert.Contains("mutual-defence clause", with.FactorNamed("commitment").Explanation);
    }

    [Fact]
    public void In_a_world_of_repeated_reports_every_explained_verdict_agrees_with_its_numbers()
    {
        // Explaining a verdict re-runs the rules on every claim and throws if any factor's effect differs from
        // the numbers pass, which kept one claim per weight key: so reading every factor checks the merge.
        var random = new Random(7);
        var types = new[] { TieType.Treaty, TieType.Alignment, TieType.ArmsSupply, TieType.Hostility, TieType.Threat, TieType.Support, TieType.Patronage, TieType.Basing };
        var modalities = new[] { Modality.Asserted, Modality.Asserted, Modality.Hedged, Modality.Negated, Modality.Promised, Modality.Speculated, Modality.Conditional };
        var world = World();
        for (var i = 0; i < 300; i++)
        {
            var id = $"r{i}";
            world.Actor(id, $"Realm {i}");
            var party = random.Next(3) switch { 0 => Target, 1 => Attacker, _ => Joiner };
            var type = types[random.Next(types.Length)];
            for (var report = 0; report < 1 + random.Next(12); report++)
            {
                var outgoing = random.Next(3) > 0;
                IReadOnlyList<Clause>? clauses = type == TieType.Treaty ? [new Clause(ClauseKind.MutualDefence, random.Next(2) == 0, random.Next(3) == 0 ? "if attacked by Borduria" : null)] : null;
                world.Tie(outgoing ? id : party, outgoing ? party : id, type, modalities[random.Next(modalities.Length)],
                    $"Report {report} on realm {i}{(random.Next(4) == 0 ? ", though it is unlikely to help" : "")}.",
                    date: Day.AddDays(-random.Next(1500)), validUntil: random.Next(6) == 0 ? Day.AddDays(-random.Next(400)) : null,
                    clauses: clauses, conditionActor: random.Next(3) == 0 ? Attacker : null, sign: random.Next(8) == 0 ? -type.DefaultSign() : null);
            }
        }
        var result = TestWeights.Engine.Evaluate(world.Build(), War());
        Assert.True(result.Verdicts.Count > 250);
        foreach (var verdict in result.Verdicts)
            Assert.NotEmpty(verdict.Factors); // throws if the explanation disagrees with the numbers
    }
}
