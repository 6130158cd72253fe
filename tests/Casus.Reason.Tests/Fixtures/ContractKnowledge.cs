using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using static Casus.Core.Claims.Modality;
using static Casus.Core.Claims.TieType;

namespace Casus.Reason.Tests.Fixtures;

/// <summary>
/// The claims TEAM.md's extraction contract says the seeds must yield, built by hand with
/// sentences written for this test (paraphrase-free placeholders, never article text).
/// </summary>
public static class ContractKnowledge
{
    public static readonly DateOnly Early = new(2025, 6, 17);
    public static readonly DateOnly Late = new(2025, 6, 21);

    public static Scenario UsJoinsIsrael { get; } =
        new(new ActorId("IRN"), [new ActorId("ISR")], [new ActorId("USA")], Late);

    public static KnowledgeBase Build()
    {
        var kb = new KbBuilder();
        foreach (var (id, name) in States) kb.Actor(id, name);
        kb.Actor("axis-of-resistance", "Axis of Resistance", ActorKind.Bloc)
          .Actor("hezbollah", "Hezbollah", ActorKind.ArmedGroup, "axis-of-resistance")
          .Actor("hamas", "Hamas", ActorKind.ArmedGroup, "axis-of-resistance")
          .Actor("houthis", "Houthis", ActorKind.ArmedGroup, "axis-of-resistance")
          .Actor("pmf", "Popular Mobilisation Forces", ActorKind.ArmedGroup, "axis-of-resistance")
          .Actor("kataib-hezbollah", "Kata'ib Hezbollah", ActorKind.ArmedGroup, "pmf", "axis-of-resistance")
          .Actor("islamic-resistance-in-iraq", "Islamic Resistance in Iraq", ActorKind.ArmedGroup, "axis-of-resistance")
          .Actor("crink", "Crink", ActorKind.Bloc)
          .Actor("sco", "Shanghai Cooperation Organisation", ActorKind.Organisation)
          .Actor("eaeu", "Eurasian Economic Union", ActorKind.Organisation)
          .Actor("un-security-council", "UN Security Council", ActorKind.Organisation)
          .Actor("assad-regime", "Assad regime", ActorKind.Movement);

        // Russia
        kb.Tie("RUS", "IRN", Treaty, Asserted, "Ruritanian wire: the two capitals inked a partnership pact covering drills and data sharing but no defence pledge.",
               Early, validFrom: new DateOnly(2025, 1, 17),
               clauses: [new(ClauseKind.JointExercises, true), new(ClauseKind.InformationExchange, true), new(ClauseKind.MutualDefence, false)])
          .Tie("IRN", "RUS", ArmsSupply, Hedged, "Ruritanian wire: allies suspect Tehran of shipping drones north.", Early)
          .Tie("RUS", "ISR", Condemnation, Asserted, "Ruritanian wire: Moscow called the raid naked aggression.", Early)
          .Tie("RUS", "ISR", Alignment, Asserted, "Ruritanian wire: Moscow keeps warm ties with Israel.", Early)
          .Tie("RUS", "IRN", Mediation, Hedged, "Ruritanian wire: Moscow might offer to broker a truce.", Early)
          .Tie("RUS", "IRN", UnShielding, Asserted, "Ruritanian wire: Moscow and Beijing have blocked council penalties on Tehran.", Late)
          .Tie("RUS", "IRN", Support, Negated, "Ruritanian wire: Moscow shows no willingness to send forces.", Late)
          .State("RUS", ActorStateKind.StayedOut, Asserted, "Ruritanian wire: Moscow watched from the sidelines as its Damascus ally fell.", date: Late, context: "Assad's fall")
          .State("RUS", ActorStateKind.Distracted, Asserted, "Ruritanian wire: Moscow remains consumed by its own war.", date: Late)
          .Tie("RUS", "UKR", Hostility, Asserted, "Ruritanian wire: the war in Ukraine grinds on.", Early);
        // China
        kb.Tie("CHN", "IRN", EnergyTrade, Asserted, "Ruritanian wire: Beijing buys more Iranian crude than anyone.", Early)
          .Tie("CHN", "IRN", ArmsSupply, Promised, "Ruritanian wire: Beijing pledged missile propellant inputs.", Early)
          .Tie("CHN", "ISR", Condemnation, Asserted, "Ruritanian wire: Beijing denounced the strikes.", Early)
          .Tie("CHN", "IRN", Mediation, Hedged, "Ruritanian wire: Beijing pitches itself as a possible peacemaker.", Early)
          .Tie("CHN", "IRN", UnShielding, Asserted, "Ruritanian wire: Moscow and Beijing have blocked council penalties on Tehran.", Late)
          .Tie("CHN", "IRN", Support, Hedged, "Ruritanian wire: analysts think Beijing unlikely to get drawn in militarily.", Late, cue: "unlikely")
          .Tie("CHN", "IRN", Support, Asserted, "Ruritanian wire: Beijing voiced firm verbal backing for Tehran.", Late)
          .State("CHN", ActorStateKind.StayedOut, Hedged, "Ruritanian wire: Beijing has seldom wanted a direct role in the region's wars.", date: Late);
        // North Korea
        kb.Tie("PRK", "IRN", MilitaryCooperation, Speculated, "Ruritanian wire: rumours persist of Pyongyang aiding Tehran's atom work.", Early)
          .Tie("PRK", "IRN", ArmsSupply, Speculated, "Ruritanian tabloid: Pyongyang might sneak a warhead to Tehran.", Early)
          .State("PRK", ActorStateKind.NuclearArmed, Asserted, "Ruritanian wire: Pyongyang holds a sizeable nuclear arsenal.", date: Early);
        // Blocs
        kb.Tie("IRN", "eaeu", Membership, Asserted, "Ruritanian wire: Tehran entered the Eurasian trade bloc in May.", Early, validFrom: new DateOnly(2025, 5, 1))
          .Tie("IRN", "sco", Membership, Asserted, "Ruritanian wire: Tehran joined the Shanghai grouping in 2023.", Early, validFrom: new DateOnly(2023, 7, 4));
        // Proxies
        foreach (var proxy in new[] { "hezbollah", "hamas", "houthis", "islamic-resistance-in-iraq", "pmf" })
            kb.Tie("IRN", proxy, Patronage, Asserted, $"Ruritanian wire: Tehran bankrolls and arms {proxy}.", Early);
        kb.Tie("IRN", "assad-regime", Support, Asserted, "Ruritanian wire: Tehran propped up Damascus until its fall.", Early, validUntil: new DateOnly(2024, 12, 8))
          .State("assad-regime", ActorStateKind.RegimeToppled, Asserted, "Ruritanian wire: the Damascus regime fell last winter.", date: Early)
          .State("hezbollah", ActorStateKind.CapabilityNeutralised, Asserted, "Ruritanian wire: the Lebanese militia is a spent force.", date: Late)
          .State("hezbollah", ActorStateKind.LeaderKilled, Asserted, "Ruritanian wire: the militia's chief was killed.", date: Late)
          .State("axis-of-resistance", ActorStateKind.CapabilityDegraded, Asserted, "Ruritanian wire: the network is much weakened.", date: Early)
          .State("axis-of-resistance", ActorStateKind.StayedOut, Asserted, "Ruritanian wire: the network has kept quiet so far.", date: Early)
          .State("pmf", ActorStateKind.CapabilityStrong, Asserted, "Ruritanian wire: the Iraqi militias are still potent.", date: Late)
          .State("pmf", ActorStateKind.Size, Asserted, "Ruritanian wire: the Iraqi militias field some 200,000 men.", 200_000, date: Late)
          .State("houthis", ActorStateKind.Size, Asserted, "Ruritanian wire: the Yemeni rebels field a force of similar size.", 200_000, date: Late);
        // Stated intent
        kb.Tie("kataib-hezbollah", "USA", Threat, Conditional, "Ruritanian wire: the faction's chief vowed to hit American bases should Washington step in.",
               Late, conditionActor: "USA", condition: "if the US intervenes")
          .Tie("pmf", "USA", Threat, Hedged, "Ruritanian wire: the Iraqi militias could strike American troops.", Late)
          .Tie("IRN", "USA", Threat, Hedged, "Ruritanian wire: Tehran could hit American Gulf bases.", Late)
          .Tie("USA", "IRQ", Basing, Asserted, "Ruritanian wire: thousands of American troops are based in Iraq.", Late);
        // Pakistan
        kb.Tie("PAK", "IRN", Support, Asserted, "Ruritanian wire: Islamabad pledged steadfast solidarity with Tehran.", Late)
          .Tie("PAK", "ISR", Threat, Asserted, "Ruritanian wire: Islamabad's defence chief warned Israel off.", Late)
          .Tie("PAK", "IRN", Mediation, Asserted, "Ruritanian wire: Islamabad is pushing for de-escalation.", Late)
          .Tie("PAK", "CHN", Alignment, Asserted, "Ruritanian wire: Islamabad calls Beijing a strategic partner.", Late)
          .Tie("USA", "PAK", Alignment, Asserted, "Ruritanian wire: the US president hosted Pakistan's army chief.", Late)
          .Tie("PAK", "IRN", Support, Negated, "Ruritanian wire: Islamabad stopped short of promising to intervene.", Late);
        // Regional powers aligned with the US
        foreach (var state in new[] { "SAU", "EGY", "ARE", "TUR" })
            kb.Tie(state, "USA", Alignment, Asserted, $"Ruritanian wire: {state} is firmly allied to Washington.", Late)
              .Tie(state, "IRN", Support, Hedged, $"Ruritanian wire: {state} is unlikely to give Tehran material help.", Late, cue: "unlikely");
        kb.Tie("IRN", "SAU", Overture, Asserted, "Ruritanian wire: Tehran has reached out to Riyadh.", Late)
          .Tie("IRN", "EGY", Overture, Asserted, "Ruritanian wire: Tehran has reached out to Cairo.", Late);
        // The other side and Western pressure
        kb.Tie("USA", "IRN", Threat, Asserted, "Ruritanian wire: the US president threatened Tehran's leader.", Late)
          .Tie("ISR", "IRN", Hostility, Asserted, "Ruritanian wire: Israel keeps striking Iran.", Early);
        foreach (var state in new[] { "DEU", "CAN", "GBR", "AUS" })
            kb.Tie(state, "IRN", Condemnation, Asserted, $"Ruritanian wire: {state} toughened its line on Tehran.", Late);
        return kb.Build();
    }

    private static readonly (string Id, string Name)[] States =
    [
        ("IRN", "Iran"), ("ISR", "Israel"), ("USA", "United States"), ("RUS", "Russia"), ("CHN", "China"),
        ("PRK", "North Korea"), ("PAK", "Pakistan"), ("SAU", "Saudi Arabia"), ("EGY", "Egypt"),
        ("ARE", "United Arab Emirates"), ("TUR", "Turkey"), ("IRQ", "Iraq"), ("SYR", "Syria"), ("LBN", "Lebanon"),
        ("YEM", "Yemen"), ("DEU", "Germany"), ("CAN", "Canada"), ("GBR", "United Kingdom"), ("AUS", "Australia"),
        ("UKR", "Ukraine"),
    ];
}
