using System.Globalization;
using System.Text;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store;

namespace Casus.Pipeline.Tests.Reading;

/// <summary>
/// A small fictional network whose claims crowd around one date (<see cref="Pivot"/>): reports a
/// few weeks either side, claims that start or end the day before, on, or after it, claims that only
/// say when they ended, negations, conditions, treaty clauses, bloc memberships, armed groups
/// inside blocs, wars with third parties and dated states — everything the as-of rule decides.
/// Deterministic per seed.
/// </summary>
internal static class DatedNetwork
{
    public static readonly DateOnly Pivot = new(2025, 6, 1);

    public static readonly DateOnly?[] AsOfDates =
        [null, Pivot.AddDays(-31), Pivot.AddDays(-1), Pivot, Pivot.AddDays(1), Pivot.AddDays(40)];

    public static ActorId State(int i) => new($"st-{i:D2}");

    public static IReadOnlyList<Actor> Actors()
    {
        var actors = new List<Actor>();
        for (var i = 0; i < 24; i++) actors.Add(new Actor(State(i), $"Fictional state {i}", ActorKind.State, [], []));
        actors.Add(new Actor(new("bloc-north"), "Northern Pact", ActorKind.Bloc, [], []));
        actors.Add(new Actor(new("bloc-south"), "Southern League", ActorKind.Bloc, [], []));
        actors.Add(new Actor(new("front"), "Fictional Front", ActorKind.ArmedGroup, [], [new("bloc-south")]));
        actors.Add(new Actor(new("front-brigade"), "Front Brigade", ActorKind.ArmedGroup, [], [new("front")]));
        actors.Add(new Actor(new("militia"), "Hill Militia", ActorKind.ArmedGroup, [], [new("bloc-north")]));
        return actors;
    }

    /// <summary>Writes the actors and <paramref name="documents"/> documents of 12 claims each.</summary>
    public static void WriteTo(ICasusStore store, int documents = 160, int seed = 7)
    {
        var actors = Actors();
        store.UpsertActors(actors);
        var random = new Random(seed);
        var types = Enum.GetValues<TieType>();
        var kinds = Enum.GetValues<ActorStateKind>();
        var modalities = Enum.GetValues<Modality>();
        DateOnly? Around() => random.Next(6) switch
        {
            0 => null,
            1 => Pivot.AddDays(-1),
            2 => Pivot,
            3 => Pivot.AddDays(1),
            4 => Pivot.AddDays(-random.Next(400)),
            _ => Pivot.AddDays(random.Next(60)),
        };
        ActorId Pick() => random.Next(5) == 0 ? actors[24 + random.Next(5)].Id : State(random.Next(6) == 0 ? random.Next(24) : random.Next(8));

        var batch = new List<DocumentWithClaims>();
        for (var d = 0; d < documents; d++)
        {
            var date = Pivot.AddDays(random.Next(-45, 46));
            var text = new StringBuilder($"Fictional dispatch {d}.");
            var spans = new List<(string Sentence, int Start)>();
            for (var i = 0; i < 14; i++)
            {
                var sentence = string.Create(CultureInfo.InvariantCulture, $"Item {i} of dispatch {d} reports a development.");
                text.Append(' ');
                spans.Add((sentence, text.Length));
                text.Append(sentence);
            }
            var outlet = $"Outlet {d % 4}";
            var document = Document.Create(text.ToString(), $"Dispatch {d}", outlet, null, date, null, $"fiction:{d}");
            Evidence Cite(int i) => new(document.Id, spans[i].Sentence, spans[i].Start, spans[i].Start + spans[i].Sentence.Length, outlet, date, "test", "test");

            var ties = new List<TieClaim>();
            for (var i = 0; i < 12; i++)
            {
                var source = Pick();
                var target = Pick();
                if (source == target) target = State((random.Next(8) + 1) % 24);
                var type = random.Next(4) == 0 ? TieType.Hostility : random.Next(6) == 0 ? TieType.Membership : types[random.Next(types.Length)];
                if (type == TieType.Membership) target = new(random.Next(2) == 0 ? "bloc-north" : "bloc-south");
                var conditional = random.Next(8) == 0;
                ties.Add(new TieClaim(source, target, type, type.DefaultSign(), modalities[random.Next(modalities.Length)], Cite(i),
                    Attribution: random.Next(5) == 0 ? "officials" : null,
                    ValidFrom: random.Next(3) == 0 ? Around() : null,
                    ValidUntil: random.Next(3) == 0 ? Around() : null,
                    Clauses: type == TieType.Treaty ? [new Clause(ClauseKind.MutualDefence, random.Next(2) == 0)] : null,
                    Condition: conditional ? "if the other side moves" : null,
                    ConditionActor: conditional ? Pick() : null));
            }
            var states = new List<StateClaim>();
            for (var i = 12; i < 14; i++)
            {
                var kind = kinds[random.Next(kinds.Length)];
                states.Add(new StateClaim(Pick(), kind, modalities[random.Next(modalities.Length)], Cite(i),
                    Quantity: kind == ActorStateKind.Size ? 1000 * random.Next(1, 50) : null,
                    ValidFrom: random.Next(3) == 0 ? Around() : null, ValidUntil: random.Next(3) == 0 ? Around() : null));
            }
            batch.Add(new DocumentWithClaims(document, ties, states));
        }
        store.AddDocuments(batch);
    }
}
