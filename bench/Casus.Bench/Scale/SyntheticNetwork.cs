using System.Globalization;
using System.Text;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store;

namespace Casus.Bench.Scale;

/// <summary>
/// A synthetic but realistically shaped alliance network: actors attach preferentially (a few hubs
/// with thousands of ties, most actors with a handful, as in GDELT and ATOP dyad data), ties get
/// several claims each with a rich-get-richer spread (well-reported ties are reported again), and
/// claims are packed into dated documents whose sentences are their evidence. Deterministic per seed.
/// </summary>
public sealed class SyntheticNetwork
{
    private static readonly (TieType Type, int Weight)[] TypeMix =
    [
        (TieType.Alignment, 22), (TieType.Condemnation, 14), (TieType.Hostility, 10), (TieType.Threat, 8), (TieType.Support, 10),
        (TieType.Treaty, 6), (TieType.EconomicTies, 8), (TieType.ArmsSupply, 5), (TieType.MilitaryCooperation, 5), (TieType.Mediation, 4),
        (TieType.Membership, 3), (TieType.EnergyTrade, 2), (TieType.Patronage, 1), (TieType.Basing, 1), (TieType.Overture, 1),
    ];

    private readonly int[] _source, _target;
    private readonly TieType[] _type;
    private readonly int _seed;

    public SyntheticNetwork(int actors, int ties, int claims, int claimsPerDocument = 50, int seed = 42)
    {
        if (ties < 1 || claims < ties) throw new ArgumentException("need at least one claim per tie");
        Actors = actors;
        Claims = claims;
        ClaimsPerDocument = claimsPerDocument;
        _seed = seed;
        var random = new Random(seed);
        _source = new int[ties];
        _target = new int[ties];
        _type = new TieType[ties];
        // Preferential attachment: an endpoint urn where each actor appears once per tie it has.
        var urn = new int[2 * ties];
        var urnSize = 0;
        var seen = new HashSet<long>(ties);
        var typeTotal = TypeMix.Sum(t => t.Weight);
        for (var t = 0; t < ties;)
        {
            int Pick() => urnSize == 0 || random.NextDouble() < 0.25 ? random.Next(actors) : urn[random.Next(urnSize)];
            var s = Pick();
            var g = Pick();
            if (s == g) continue;
            var roll = random.Next(typeTotal);
            var type = TypeMix.First(m => (roll -= m.Weight) < 0).Type;
            if (!seen.Add(((long)s * actors + g) * 32 + (int)type)) continue;
            (_source[t], _target[t], _type[t]) = (s, g, type);
            urn[urnSize++] = s;
            urn[urnSize++] = g;
            t++;
        }
    }

    public int Actors { get; }
    public int Ties => _source.Length;
    public int Claims { get; }
    public int ClaimsPerDocument { get; }

    public static ActorId ActorIdOf(int index) => new(string.Create(CultureInfo.InvariantCulture, $"syn-{index:D5}"));

    public IEnumerable<Actor> ActorList() =>
        Enumerable.Range(0, Actors).Select(i => new Actor(ActorIdOf(i), $"Synthetic actor {i}", i % 10 == 0 ? ActorKind.ArmedGroup : ActorKind.State, [], []));

    /// <summary>Degree of every actor (ties as source or target), for picking hubs and typical actors.</summary>
    public int[] Degrees()
    {
        var degree = new int[Actors];
        for (var t = 0; t < Ties; t++) { degree[_source[t]]++; degree[_target[t]]++; }
        return degree;
    }

    /// <summary>Streams the documents; claims are assigned to ties rich-get-richer, then shuffled into documents.</summary>
    public IEnumerable<DocumentWithClaims> Documents()
    {
        var random = new Random(_seed + 1);
        var claimTie = new int[Claims];
        for (var i = 0; i < Ties; i++) claimTie[i] = i;
        for (var i = Ties; i < Claims; i++) claimTie[i] = claimTie[random.Next(i)];
        random.Shuffle(claimTie);
        var start = new DateOnly(2000, 1, 1);
        for (var d = 0; d * ClaimsPerDocument < Claims; d++)
        {
            var date = start.AddDays(random.Next(9500));
            var first = d * ClaimsPerDocument;
            var count = Math.Min(ClaimsPerDocument, Claims - first);
            var sentences = new string[count];
            var text = new StringBuilder(count * 64);
            text.Append(CultureInfo.InvariantCulture, $"Synthetic report {d} of {date:yyyy-MM-dd}.");
            var starts = new int[count];
            for (var i = 0; i < count; i++)
            {
                var tie = claimTie[first + i];
                sentences[i] = string.Create(CultureInfo.InvariantCulture, $"{ActorIdOf(_source[tie])} {_type[tie].ToSnake()} {ActorIdOf(_target[tie])} (item {first + i}).");
                text.Append('\n');
                starts[i] = text.Length;
                text.Append(sentences[i]);
            }
            var document = new Document(DocumentText.Hash(text.ToString()), text.ToString(), $"Synthetic report {d}", "Synthetic Wire", null, date, null, "synthetic:" + d);
            var claims = new TieClaim[count];
            for (var i = 0; i < count; i++)
            {
                var tie = claimTie[first + i];
                var roll = random.Next(100);
                var modality = roll < 80 ? Modality.Asserted : roll < 90 ? Modality.Hedged : roll < 95 ? Modality.Negated : Modality.Speculated;
                IReadOnlyList<Clause>? clauses = _type[tie] == TieType.Treaty ? [new Clause(ClauseKind.MutualDefence, roll % 2 == 0)] : null;
                claims[i] = new TieClaim(ActorIdOf(_source[tie]), ActorIdOf(_target[tie]), _type[tie], _type[tie].DefaultSign(), modality,
                    new Evidence(document.Id, sentences[i], starts[i], starts[i] + sentences[i].Length, "Synthetic Wire", date, "synthetic", "bench"),
                    ValidFrom: roll < 30 ? date.AddDays(-random.Next(3000)) : null, ValidUntil: roll > 85 ? date.AddDays(random.Next(2000)) : null,
                    Clauses: clauses);
            }
            yield return new DocumentWithClaims(document, claims, []);
        }
    }
}
