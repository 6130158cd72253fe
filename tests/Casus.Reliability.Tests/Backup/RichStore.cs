using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store;

namespace Casus.Reliability.Tests.Backup;

/// <summary>
/// Fills a store with invented documents whose claims use every field a claim and its evidence
/// can carry (clauses with conditions, condition actors, attributions, dates, quantities, URLs)
/// and every tie type, modality and state kind, so a round trip that loses any of them shows.
/// </summary>
public static class RichStore
{
    public static void Fill(ICasusStore store, int documents = 12)
    {
        var types = Enum.GetValues<TieType>();
        var modalities = Enum.GetValues<Modality>();
        var kinds = Enum.GetValues<ActorStateKind>();
        string? firstId = null;
        for (var d = 0; d < documents; d++)
        {
            var sentences = Enumerable.Range(0, 6).Select(i => $"Sentence {i} of invented dispatch {d} mentions Orlesk, \"quotes\", [brackets] and émigrés.").ToList();
            var document = Document.Create(string.Join(' ', sentences), d % 3 == 0 ? null : $"Dispatch {d}", d % 2 == 0 ? "Meridian Wire" : null,
                d % 4 == 0 ? "A. Writer" : null, d % 5 == 0 ? null : new DateOnly(2025, 1 + d % 12, 1 + d % 28), d % 2 == 0 ? $"https://news.example/{d}" : null,
                $"/tmp/invented/{d}.txt", d % 6 == 5 ? firstId : null);
            firstId ??= document.Id;
            var ties = new List<TieClaim>();
            var states = new List<StateClaim>();
            for (var i = 0; i < sentences.Count; i++)
            {
                var evidence = Evidence(document, sentences[i], d + i);
                var n = d * sentences.Count + i;
                ties.Add(new TieClaim(new ActorId("IRN"), new ActorId(i % 2 == 0 ? "RUS" : "hezbollah"), types[n % types.Length], n % 2 == 0 ? 1 : -1,
                    modalities[n % modalities.Length], evidence,
                    Attribution: n % 3 == 0 ? "Western officials" : null,
                    ValidFrom: n % 4 == 0 ? new DateOnly(2024, 1, 17) : null,
                    ValidUntil: n % 5 == 0 ? new DateOnly(2024, 12, 8) : null,
                    Clauses: (n % 3) switch
                    {
                        0 => (IReadOnlyList<Clause>)[new Clause(ClauseKind.MutualDefence, false), new Clause(ClauseKind.JointExercises, true, "only at sea")],
                        1 => [],
                        _ => null,
                    },
                    Condition: n % 7 == 0 ? "if the invented fleet sails" : null,
                    ConditionActor: n % 7 == 0 ? new ActorId("USA") : null,
                    Cue: n % 2 == 0 ? "signed * treaty" : null));
                if (i % 2 == 0)
                    states.Add(new StateClaim(new ActorId("houthis"), kinds[n % kinds.Length], modalities[(n + 1) % modalities.Length], evidence,
                        Quantity: n % 3 == 0 ? 200_000.5 : null, Attribution: n % 4 == 0 ? "a spokesman" : null,
                        ValidFrom: n % 5 == 0 ? new DateOnly(2023, 5, 1) : null, ValidUntil: n % 6 == 0 ? new DateOnly(2024, 6, 1) : null,
                        Context: n % 2 == 0 ? "when the invented regime fell" : null, Cue: "greatly diminished"));
            }
            store.AddDocument(document, ties, states);
        }
        store.UpsertActors([
            new Actor(new ActorId("velmora-front"), "Velmora Front", ActorKind.ArmedGroup, ["VF", "the Front"], [new ActorId("axis-of-resistance")]),
            new Actor(new ActorId("orlesk-pact"), "Orlesk Pact", ActorKind.Bloc, [], []),
        ]);
    }

    private static Evidence Evidence(Document document, string sentence, int salt)
    {
        var start = document.Text.IndexOf(sentence, StringComparison.Ordinal);
        return new Evidence(document.Id, sentence, start, start + sentence.Length, salt % 2 == 0 ? "Meridian Wire" : null,
            salt % 3 == 0 ? null : document.Date, "rules/1", "lexicon-test", salt % 2 == 0 ? "https://news.example/x" : null);
    }
}
