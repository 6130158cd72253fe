using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;
using Casus.Web.Hosting;

namespace Casus.Web.Tests.Support;

/// <summary>
/// An invented crisis behind the real HTTP server, for testing the web layer on its own: Ardania
/// attacked by Borduria and joined by Carpathia; Zembla and the Red Militia take Ardania's side.
/// Its "engine" is a transparent test rule (one level per cooperative tie to the target), and
/// its "ingest" stores each upload as one hedged Zembla→Ardania claim quoting the body verbatim.
/// </summary>
internal sealed class FictionalBackend : ICasusBackend
{
    public static readonly ActorId Ardania = new("ARD"), Borduria = new("BRD"), Carpathia = new("CRP"), Zembla = new("ZMB"), Militia = new("red-militia");

    private readonly object _gate = new();
    private readonly List<Actor> _actors =
    [
        new(Ardania, "Ardania", ActorKind.State, ["Ardanian Republic"], []),
        new(Borduria, "Borduria", ActorKind.State, [], []),
        new(Carpathia, "Carpathia", ActorKind.State, [], []),
        new(Zembla, "Zembla", ActorKind.State, ["Zemblan"], []),
        new(Militia, "Red Militia", ActorKind.ArmedGroup, ["the Reds"], []),
        new(new ActorId("LON"), "Lonely Island", ActorKind.State, [], []),
    ];
    private readonly List<TieClaim> _claims =
    [
        Claim(Zembla, Ardania, TieType.Treaty, Modality.Asserted, "Zembla and Ardania signed a pact in May.", new DateOnly(2031, 3, 4)),
        Claim(Ardania, Militia, TieType.Patronage, Modality.Asserted, "Ardania arms the Red Militia.", new DateOnly(2031, 3, 4)),
        Claim(Militia, Carpathia, TieType.Threat, Modality.Conditional, "The Reds vow to strike Carpathia if it joins.", new DateOnly(2031, 5, 9)),
        Claim(Zembla, Borduria, TieType.Condemnation, Modality.Asserted, "Zembla condemned Borduria's strike.", new DateOnly(2031, 5, 9)),
    ];
    private int _uploads;

    public string DataVersion => "fictional-1";

    public long Generation => _uploads;

    public Actor ResolveActor(string nameOrAlias) =>
        _actors.FirstOrDefault(a => a.Id.Value.Equals(nameOrAlias.Trim(), StringComparison.OrdinalIgnoreCase)
                                    || a.Name.Equals(nameOrAlias.Trim(), StringComparison.OrdinalIgnoreCase)
                                    || a.Aliases.Any(x => x.Equals(nameOrAlias.Trim(), StringComparison.OrdinalIgnoreCase)))
        ?? throw new InputException($"unknown actor '{(nameOrAlias.Length > 40 ? nameOrAlias[..40] : nameOrAlias)}'");

    public KnowledgeBase Knowledge(DateOnly? asOf)
    {
        lock (_gate) return new KnowledgeBase(_actors, _claims.ToList(), []).AsOf(asOf);
    }

    public ScenarioResult RunScenario(Scenario scenario) => Evaluate(Knowledge(scenario.AsOf), scenario);

    /// <summary>Narrowed by the pipeline's own <see cref="Casus.Pipeline.Backtest.KnownBy"/>, so the web tests check the real filter.</summary>
    public Casus.Pipeline.KnownByRun RunScenario(Scenario scenario, DateOnly knownBy)
    {
        var known = Casus.Pipeline.Backtest.KnownBy.Filter(Knowledge(scenario.AsOf), knownBy, out var withheld);
        return new Casus.Pipeline.KnownByRun(Evaluate(known, scenario), known, new Casus.Present.KnownByNote(knownBy, withheld.Count), withheld);
    }

    private static ScenarioResult Evaluate(KnowledgeBase kb, Scenario scenario)
    {
        var verdicts = kb.Actors.Where(a => !scenario.IsParty(a.Id) && kb.ClaimsOf(a.Id).Any(c => c.Mentions(scenario.Target) || scenario.OtherSide.Any(c.Mentions)))
            .OrderBy(a => a.Id.Value, StringComparer.Ordinal)
            .Select(a =>
            {
                var help = kb.ClaimsOf(a.Id).Where(c => c.Sign > 0 && c.Mentions(scenario.Target)).ToList();
                var level = Math.Min(5, 1 + help.Count);
                var p = Enumerable.Range(0, 6).Select(i => i == level ? 0.5 : 0.1).ToList();
                return new Verdict(a.Id, a.Name, p, (LadderLevel)level,
                    [new Factor("ties_to_target", help.Count, $"{help.Count} cooperative ties to the target", help.Select(c => c.Evidence).ToList())]);
            }).ToList();
        return new ScenarioResult(scenario, verdicts);
    }

    public IReadOnlyList<IngestedDocument> Ingest(string origin, byte[] bytes, string? contentType)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes).Trim();
        lock (_gate)
        {
            var id = "upload-" + (++_uploads);
            _claims.Add(Claim(Zembla, Ardania, TieType.Support, Modality.Hedged, text, new DateOnly(2031, 6, 1), id));
            return [new IngestedDocument(origin, id, null, "Upload", new DateOnly(2031, 6, 1), "added", 1, 0, null)];
        }
    }

    private static TieClaim Claim(ActorId s, ActorId t, TieType type, Modality m, string sentence, DateOnly date, string doc = "doc-fiction") =>
        new(s, t, type, type.DefaultSign(), m, new Evidence(doc, sentence, 0, sentence.Length, "The Daily Fiction", date, "test", "t1", "https://example.test/" + doc));
}
