using System.Globalization;
using Casus.Core;
using Casus.Store.Import.Codes;
using Casus.Store.Import.Csv;

namespace Casus.Store.Import.Gdelt;

/// <summary>
/// Streams a GDELT-format events file: each row's two actor country codes become actor ids, its
/// CAMEO code a tie type and sign, and rows fold into per-dyad-per-month claims. Rows that cannot
/// be a tie are counted by reason (no second actor, unknown country code, code without a tie rule,
/// both actors the same state, bad date). Memory is bounded by <paramref name="maxGroups"/>: past it,
/// what is aggregated so far is emitted as a numbered batch.
/// </summary>
public sealed class GdeltReader : IDocumentSource
{
    private readonly TextReader _text;
    private readonly DelimitedReader _reader;
    private readonly GdeltLayout _layout;
    private readonly ActorCodeMap _codes;
    private readonly CameoTieMap _cameo;
    private readonly GdeltAggregator _aggregator;
    private readonly int _maxGroups;
    private readonly string? _firstDataLine;

    public GdeltReader(TextReader text, long length, ActorCodeMap codes, CameoTieMap cameo, string sourceName,
        string extractor, string dataVersion, int maxGroups = 1_000_000)
    {
        _text = text;
        Length = length;
        var first = text.ReadLine() ?? throw new InputException($"{sourceName}: empty file");
        _layout = GdeltLayout.Detect(first.TrimStart('\uFEFF'), sourceName);
        _firstDataLine = _layout.HasHeader ? null : first;
        _reader = _layout.Open(text);
        if (!_layout.HasHeader) _reader.MaxFields = _layout.EventRootCode + 4; // up to GoldsteinScale; the URL is the last field
        _codes = codes;
        _cameo = cameo;
        _maxGroups = maxGroups;
        _aggregator = new GdeltAggregator(_layout.Version, extractor, dataVersion);
    }

    public string Version => _layout.Version;

    public long RowsRead { get; private set; }

    public long Position => _text is StreamReader { BaseStream.CanSeek: true } sr ? sr.BaseStream.Position : 0;

    public long Length { get; }

    public ImportTally Tally { get; } = new();

    /// <summary>Called every 65,536 rows while aggregating (documents come only at the end).</summary>
    public Action<long>? OnRows { get; set; }

    public IEnumerable<DocumentWithClaims> Documents()
    {
        if (_firstDataLine is not null)
        {
            using var firstRow = new DelimitedReader(new StringReader(_firstDataLine), '\t', quoted: false);
            if (firstRow.Read()) Consume(firstRow);
        }
        while (_reader.Read())
        {
            Consume(_reader);
            if ((RowsRead & 0xFFFF) == 0) OnRows?.Invoke(RowsRead);
            if (_aggregator.GroupCount >= _maxGroups)
                foreach (var doc in _aggregator.Flush()) yield return doc;
        }
        foreach (var doc in _aggregator.Flush()) yield return doc;
    }

    private void Consume(DelimitedReader row)
    {
        RowsRead++;
        var l = _layout;
        if (!l.HasDyad) { Tally.Skip("no actor pair in this layout (reduced export: action and outlet country only)"); return; }
        if (row.FieldCount <= l.EventRootCode) { Tally.Skip("too few columns"); return; }
        var c1 = row[l.Actor1Country];
        var c2 = row[l.Actor2Country];
        if (c1.IsEmpty || c2.IsEmpty) { Tally.Skip("one side has no country"); return; }
        var source = _codes.FromCountryCode(c1);
        var target = _codes.FromCountryCode(c2);
        if (source is null || target is null)
        {
            if (source is null) Tally.Unknown("country " + c1.ToString());
            if (target is null) Tally.Unknown("country " + c2.ToString());
            Tally.Skip("unknown country code");
            return;
        }
        if (source == target) { Tally.Skip("same actor on both sides"); return; }
        var code = EventCode(row);
        var rule = _cameo.Resolve(code);
        if (rule is null) { Tally.Skip("event code without a tie rule"); return; }
        if (l.Date < 0 || Fields.YyyyMmDd(row[l.Date]) is not { } date) { Tally.Skip("bad or missing date"); return; }
        var url = l.Url < 0 ? row.LastField() : l.Url < row.FieldCount ? row[l.Url] : [];
        if (!url.StartsWith("http", StringComparison.OrdinalIgnoreCase)) url = [];
        long.TryParse(row[l.EventId], NumberStyles.None, CultureInfo.InvariantCulture, out var eventId);
        _aggregator.Add(source.Value, target.Value, date, rule, code, l.Goldstein >= 0 ? Fields.Double(row[l.Goldstein]) : null, eventId, url);
    }

    /// <summary>Derived files sometimes store codes as numbers ("63" for "063"); the root code says
    /// which: a root below 10 means a leading zero was lost.</summary>
    private ReadOnlySpan<char> EventCode(DelimitedReader row)
    {
        var code = row[_layout.EventCode];
        if (!_layout.HasHeader || code.IsEmpty || code[0] == '0' || _layout.EventRootCode < 0) return code;
        return Fields.Int(row[_layout.EventRootCode]) is < 10 ? ("0" + code.ToString()).AsSpan() : code;
    }
}
