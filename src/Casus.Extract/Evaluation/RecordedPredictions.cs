using System.Globalization;
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;

namespace Casus.Extract.Evaluation;

/// <summary>
/// Claims an earlier extractor made, recorded as TSV (<c>eval/baseline/*.tsv</c>:
/// <c>document source target kind sign modality from start</c>, target empty for a state), read back
/// as extracted documents so the same scorer compares them with today's extractor on today's gold
/// in one run. The evidence keeps only what scoring needs (document, start, date).
/// </summary>
public static class RecordedPredictions
{
    public static IReadOnlyList<ExtractedDocument> Parse(string fileName, string text, string extractor)
    {
        var ties = new Dictionary<string, List<TieClaim>>(StringComparer.Ordinal);
        var states = new Dictionary<string, List<StateClaim>>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 8) throw new InputException($"{fileName}:{i + 1}: expected 8 tab-separated columns (document source target kind sign modality from start), found {cells.Length}");
            var document = cells[0];
            if (!ModalityExtensions.TryParseSnake(cells[5], out var modality)) throw new InputException($"{fileName}:{i + 1}: unknown modality '{cells[5]}'");
            DateOnly? from = cells[6].Length == 0 ? null : DateOnly.ParseExact(cells[6], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var start = int.Parse(cells[7], CultureInfo.InvariantCulture);
            var evidence = new Evidence(document, "", start, start, null, null, extractor, extractor);
            if (cells[2].Length == 0)
            {
                if (!ActorStateKindExtensions.TryParseSnake(cells[3], out var kind)) throw new InputException($"{fileName}:{i + 1}: unknown state kind '{cells[3]}'");
                Add(states, document, new StateClaim(new ActorId(cells[1]), kind, modality, evidence, ValidFrom: from));
            }
            else
            {
                if (!TieTypeExtensions.TryParseSnake(cells[3], out var type)) throw new InputException($"{fileName}:{i + 1}: unknown tie type '{cells[3]}'");
                Add(ties, document, new TieClaim(new ActorId(cells[1]), new ActorId(cells[2]), type, cells[4] == "-" ? -1 : 1, modality, evidence, ValidFrom: from));
            }
        }
        return ties.Keys.Union(states.Keys).Order(StringComparer.Ordinal)
            .Select(d => new ExtractedDocument(d, new ExtractionResult(ties.GetValueOrDefault(d) ?? [], states.GetValueOrDefault(d) ?? [], [])))
            .ToList();
    }

    private static void Add<T>(Dictionary<string, List<T>> table, string key, T value)
    {
        if (!table.TryGetValue(key, out var list)) table[key] = list = [];
        list.Add(value);
    }
}
