namespace Casus.Extract.Lexicons;

/// <summary>
/// Joins the CAMEO verb cues (<c>petrarch-verbs.tsv</c>) to Casus's own <c>cues.tsv</c>. Casus's
/// cues were written with their context ("{s} strikes on", "met with", "hosts * base"), so where a
/// dictionary verb form is the first word of any of them, or falls under one of their stems
/// ("condemn*"), the dictionary's cue is not used: the hand-written cue decides what the word
/// means. The generator applies the same rule; doing it here too keeps it true after cues.tsv
/// gains cues.
/// </summary>
internal static class DictionaryCues
{
    /// <summary>First words (after a leading <c>{s}</c>) of the tie, state and clause cues, folded to
    /// lower case with one apostrophe; a stem pattern adds its stem with a trailing '*'.</summary>
    public static HashSet<string> FirstWords(IEnumerable<CueEntry> cues)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cue in cues)
        {
            if (cue.Kind is not (CueKind.Tie or CueKind.State or CueKind.Clause)) continue;
            var first = cue.Pattern.Elements[0];
            if (first.Kind == PatternElementKind.Word) words.Add(first.Text);
            else if (first.Kind == PatternElementKind.Prefix) words.Add(first.Text + "*");
        }
        return words;
    }

    public static List<CueEntry> Merge(List<CueEntry> own, List<CueEntry> dictionary, IReadOnlySet<string> ownFirstWords)
    {
        var stems = ownFirstWords.Where(w => w.EndsWith('*')).Select(w => w[..^1]).ToArray();
        var merged = new List<CueEntry>(own.Count + dictionary.Count);
        merged.AddRange(own);
        foreach (var cue in dictionary)
        {
            var first = cue.Pattern.Elements[0];
            if (first.Kind != PatternElementKind.Word) { merged.Add(cue); continue; }
            if (ownFirstWords.Contains(first.Text)) continue;
            if (stems.Any(s => first.Text.StartsWith(s, StringComparison.OrdinalIgnoreCase))) continue;
            merged.Add(cue);
        }
        return merged;
    }
}
