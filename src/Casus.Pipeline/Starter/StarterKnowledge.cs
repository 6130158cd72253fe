using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Pipeline.Starter;

/// <summary>
/// Reads the curated starter knowledge base (<c>data/starter/facts.tsv</c>): paraphrased facts
/// with their public sources. Facts are grouped by source (URL and date): each group becomes one
/// <see cref="Document"/> whose text is its statements, one per line, so every claim's evidence
/// points at a real span of stored text exactly as an extracted claim would.
/// </summary>
public static class StarterKnowledge
{
    public const string ExtractorName = "starter";
    public const string ResourceName = "casus-data/starter/facts.tsv";

    /// <param name="dataVersion">Recorded on every piece of evidence (data/VERSION).</param>
    /// <param name="isKnownActor">When given, every actor id must satisfy it (e.g. the lexicon resolves it).</param>
    /// <param name="inputName">Names the input in error messages.</param>
    public static IReadOnlyList<StarterDocument> Parse(string tsv, string dataVersion,
        Func<string, bool>? isKnownActor = null, string inputName = "data/starter/facts.tsv")
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var parser = new StarterRowParser(inputName, isKnownActor);
        var groups = new List<List<StarterRow>>();
        var bySource = new Dictionary<(string Url, DateOnly? Date), List<StarterRow>>();
        var lines = tsv.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#')) continue;
            var row = parser.Parse(lines[i], i + 1);
            if (!bySource.TryGetValue((row.Url, row.Date), out var group))
            {
                bySource[(row.Url, row.Date)] = group = [];
                groups.Add(group);
            }
            else if (group[0].Outlet != row.Outlet)
            {
                throw new InputException($"{inputName} line {row.Line}: outlet '{row.Outlet}' differs from '{group[0].Outlet}' given for the same url and date on line {group[0].Line}");
            }
            group.Add(row);
        }
        if (groups.Count == 0) throw new InputException($"{inputName}: no facts found");
        return groups.Select(g => Build(g, dataVersion)).ToList();
    }

    private static StarterDocument Build(List<StarterRow> rows, string dataVersion)
    {
        // Rows may share a statement (one sentence, several claims): it appears once in the text.
        var statements = rows.Select(r => r.Statement).Distinct(StringComparer.Ordinal).ToList();
        var text = string.Join("\n", statements);
        var first = rows[0];
        var document = Document.Create(text, $"Curated facts: {first.Outlet}", first.Outlet, author: null,
            first.Date, first.Url, origin: $"starter:{first.Url}#{first.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}");
        if (document.Text != text)
            throw new InvalidOperationException("Starter statements changed under normalisation; offsets would drift.");

        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var statement in statements)
        {
            offsets[statement] = position;
            position += statement.Length + 1;
        }

        var ties = new List<TieClaim>();
        var states = new List<StateClaim>();
        foreach (var row in rows)
        {
            var start = offsets[row.Statement];
            var evidence = new Evidence(document.Id, row.Statement, start, start + row.Statement.Length,
                row.Outlet, row.Date, ExtractorName, dataVersion, row.Url).Validate();
            if (row.TieType is { } type)
            {
                ties.Add(new TieClaim(new ActorId(row.Source), new ActorId(row.Target!), type,
                    row.Sign ?? type.DefaultSign(), row.Modality, evidence, row.Attribution, row.ValidFrom,
                    row.ValidUntil, row.Clauses.Count > 0 ? row.Clauses : null, row.Context,
                    row.ConditionActor is null ? null : new ActorId(row.ConditionActor), Cue: null));
            }
            else
            {
                states.Add(new StateClaim(new ActorId(row.Source), row.StateKind!.Value, row.Modality, evidence,
                    row.Quantity, row.Attribution, row.ValidFrom, row.ValidUntil, row.Context, Cue: null));
            }
        }
        return new StarterDocument(document, ties, states);
    }
}
