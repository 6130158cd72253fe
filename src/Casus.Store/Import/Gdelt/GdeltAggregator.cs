using System.Globalization;
using System.Text;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store.Import.Codes;

namespace Casus.Store.Import.Gdelt;

/// <summary>
/// Folds event rows into one claim per (source, target, month, tie type), and writes each month's
/// groups as generated documents whose sentences are the claims' evidence. Pure and deterministic:
/// the output depends only on the multiset of rows added, never on their order, so a re-import of
/// the same file yields the same document ids. Memory grows with distinct groups, not rows.
/// </summary>
public sealed class GdeltAggregator
{
    private sealed class Group(int source, int target, int month, CameoTieRule rule)
    {
        public readonly int Source = source, Target = target, Month = month;
        public readonly CameoTieRule Rule = rule;
        public readonly List<(int Code, int Count)> Codes = [];
        public int Count;
        public double GoldsteinSum;
        public int GoldsteinCount;
        public long ExampleEventId = long.MaxValue;
        public string? ExampleUrl;
    }

    private readonly Dictionary<long, Group> _groups = [];
    private readonly List<ActorId> _actors = [];
    private readonly Dictionary<ActorId, int> _actorIndex = [];
    private readonly List<string> _codes = [];
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _codeSpans;
    private readonly string _version, _extractor, _dataVersion;
    private readonly int _linesPerDocument;
    private int _flushes;

    public GdeltAggregator(string version, string extractor, string dataVersion, int linesPerDocument = 1000)
    {
        _version = version;
        _extractor = extractor;
        _dataVersion = dataVersion;
        _linesPerDocument = linesPerDocument;
        _codeSpans = _codeIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int GroupCount => _groups.Count;

    /// <summary>Months are counted as year*12 + (month-1).</summary>
    public void Add(ActorId source, ActorId target, DateOnly date, CameoTieRule rule, ReadOnlySpan<char> eventCode,
        double? goldstein, long eventId, ReadOnlySpan<char> url)
    {
        int s = Index(source), t = Index(target), month = date.Year * 12 + date.Month - 1;
        // One 64-bit key: 20 bits per actor (country codes: a few hundred), 17 for the month (years to 9999), 6 for the rule.
        if ((s | t) >= 1 << 20 || rule.Index >= 64) throw new InvalidOperationException("GDELT aggregation key overflow");
        var key = ((long)s << 43) | ((long)t << 23) | ((long)month << 6) | (long)rule.Index;
        ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        group ??= new Group(s, t, month, rule);
        group.Count++;
        if (goldstein is { } g) { group.GoldsteinSum += g; group.GoldsteinCount++; }
        var code = CodeIndex(eventCode);
        var codes = group.Codes;
        var i = 0;
        while (i < codes.Count && codes[i].Code != code) i++;
        if (i == codes.Count) codes.Add((code, 1)); else codes[i] = (code, codes[i].Count + 1);
        if (eventId < group.ExampleEventId && !url.IsEmpty)
        {
            group.ExampleEventId = eventId;
            group.ExampleUrl = url.ToString();
        }
    }

    private int Index(ActorId actor)
    {
        if (_actorIndex.TryGetValue(actor, out var i)) return i;
        _actors.Add(actor);
        return _actorIndex[actor] = _actors.Count - 1;
    }

    private int CodeIndex(ReadOnlySpan<char> code)
    {
        if (_codeSpans.TryGetValue(code, out var i)) return i;
        var text = code.ToString();
        _codes.Add(text);
        return _codeIndex[text] = _codes.Count - 1;
    }

    /// <summary>Emits everything aggregated so far as documents and starts afresh (a later flush is
    /// labelled with its batch number, so its documents never collide with this one's).</summary>
    public IEnumerable<DocumentWithClaims> Flush()
    {
        _flushes++;
        var byMonth = _groups.Values
            .GroupBy(g => g.Month)
            .OrderBy(m => m.Key)
            .Select(m => (m.Key, Groups: m.OrderBy(g => _actors[g.Source].Value, StringComparer.Ordinal)
                                          .ThenBy(g => _actors[g.Target].Value, StringComparer.Ordinal)
                                          .ThenBy(g => g.Rule.Type).ThenBy(g => g.Rule.CodePrefix, StringComparer.Ordinal).ToList()))
            .ToList();
        _groups.Clear();
        foreach (var (month, groups) in byMonth)
        {
            var parts = (groups.Count + _linesPerDocument - 1) / _linesPerDocument;
            for (var p = 0; p < parts; p++)
                yield return MonthDocument(month, groups.GetRange(p * _linesPerDocument, Math.Min(_linesPerDocument, groups.Count - p * _linesPerDocument)), p + 1, parts);
        }
    }

    private DocumentWithClaims MonthDocument(int month, List<Group> groups, int part, int parts)
    {
        var first = new DateOnly(month / 12, month % 12 + 1, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var label = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"GDELT {_version} events of {label}, one line per dyad and tie type (part {part} of {parts}");
        text.Append(_flushes > 1 ? string.Create(CultureInfo.InvariantCulture, $", batch {_flushes}).") : ").");
        var sentences = new List<(Group Group, string Sentence, int Start)>(groups.Count);
        foreach (var g in groups)
        {
            var sentence = Sentence(g, label);
            text.Append('\n');
            sentences.Add((g, sentence, text.Length));
            text.Append(sentence);
        }
        // The text is plain ASCII built by this class, so normalisation leaves the offsets as computed.
        var document = Document.Create(text.ToString(), $"GDELT {_version} {label} ({part}/{parts})",
            "GDELT", null, first, "https://www.gdeltproject.org/", $"gdelt:{_version}:{label}");
        var claims = sentences.Select(s => new TieClaim(_actors[s.Group.Source], _actors[s.Group.Target], s.Group.Rule.Type, s.Group.Rule.Sign,
            Modality.Asserted,
            new Evidence(document.Id, s.Sentence, s.Start, s.Start + s.Sentence.Length, "GDELT", first, _extractor, _dataVersion, s.Group.ExampleUrl),
            Attribution: "GDELT", ValidFrom: first, ValidUntil: last, Cue: "cameo:" + s.Group.Rule.CodePrefix)).ToList();
        return new DocumentWithClaims(document, claims, []);
    }

    private string Sentence(Group g, string month)
    {
        var codes = string.Join(", ", g.Codes.Select(c => (Code: _codes[c.Code], c.Count)).OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code} x{c.Count}")));
        var s = string.Create(CultureInfo.InvariantCulture,
            $"GDELT: {g.Count} event{(g.Count == 1 ? "" : "s")} of code {codes} ({g.Rule.Label}) from {_actors[g.Source]} to {_actors[g.Target]} in {month}");
        return g.GoldsteinCount > 0
            ? s + string.Create(CultureInfo.InvariantCulture, $", mean Goldstein {g.GoldsteinSum / g.GoldsteinCount:0.0}.")
            : s + ".";
    }
}
