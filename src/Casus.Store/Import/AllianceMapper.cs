using System.Globalization;
using System.Text;
using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Store.Import;

/// <summary>
/// Turns a coded alliance into one generated, readable document and directed treaty claims between
/// every pair of members sharing a phase. Pure: the same record gives the same document id, which is
/// what makes re-imports add nothing. Each claim's evidence is the source member's own sentence, so
/// evidence stays verbatim text of the document like any article's.
/// </summary>
public static class AllianceMapper
{
    public static DocumentWithClaims Map(AllianceRecord alliance, string extractor, string dataVersion)
    {
        var text = new StringBuilder();
        var members = alliance.Members.Select(m => $"{m.Actor} ({m.Code})").Distinct();
        text.Append(CultureInfo.InvariantCulture, $"{alliance.Dataset} alliance {alliance.Id} among {string.Join(", ", members)}");
        text.Append(alliance.Begin is { } b ? $"; begins {Iso(b)}" : "; begin date unknown");
        text.Append(alliance.End is { } e ? $"; ends {Iso(e)}." : "; in effect at the end of the data.");
        foreach (var note in alliance.Notes) text.Append('\n').Append(note);
        var sentences = new List<string>(alliance.Members.Count);
        foreach (var member in alliance.Members)
        {
            var sentence = MemberSentence(member);
            sentences.Add(sentence);
            text.Append('\n').Append(sentence);
        }

        var document = Document.Create(text.ToString(), $"{alliance.Dataset} alliance {alliance.Id}", alliance.Dataset,
            author: null, alliance.Begin, alliance.Url, $"{alliance.OriginPrefix}:{alliance.Id}");
        var claims = new List<TieClaim>();
        for (var i = 0; i < alliance.Members.Count; i++)
        {
            var from = alliance.Members[i];
            var start = document.Text.IndexOf(sentences[i], StringComparison.Ordinal);
            var evidence = new Evidence(document.Id, sentences[i], start, start + sentences[i].Length,
                alliance.Dataset, alliance.Begin, extractor, dataVersion, alliance.Url);
            foreach (var to in alliance.Members)
            {
                if (to.Actor == from.Actor || to.Phase != from.Phase) continue;
                var validFrom = Later(from.Entry, to.Entry);
                var validUntil = Earlier(from.Exit, to.Exit);
                if (validFrom is not null && validUntil is not null && validUntil < validFrom) continue; // never members together
                claims.Add(new TieClaim(from.Actor, to.Actor, TieType.Treaty, +1, Modality.Asserted, evidence,
                    Attribution: alliance.Dataset, ValidFrom: validFrom, ValidUntil: validUntil,
                    Clauses: from.Clauses, Cue: $"{alliance.OriginPrefix}:{alliance.Id}"));
            }
        }
        return new DocumentWithClaims(document, claims, []);
    }

    private static string MemberSentence(AllianceMember m)
    {
        var present = m.Clauses.Where(c => c.Present).Select(c => c.Condition is null ? Name(c.Kind) : $"{Name(c.Kind)} ({c.Condition})").ToList();
        var absent = m.Clauses.Where(c => !c.Present).Select(c => Name(c.Kind)).ToList();
        var s = new StringBuilder($"{m.Actor} ({m.Code})");
        s.Append(present.Count > 0 ? " undertakes " + string.Join(", ", present) : " undertakes no coded obligation");
        if (absent.Count > 0) s.Append("; no ").Append(string.Join(", ", absent));
        s.Append(m.Entry is { } from ? $"; from {Iso(from)}" : "; entry date unknown");
        s.Append(m.Exit is { } until ? $" to {Iso(until)}" : " with no exit in the data");
        if (m.Phase > 0) s.Append(CultureInfo.InvariantCulture, $"; phase {m.Phase}");
        return s.Append('.').ToString();
    }

    public static string Name(ClauseKind kind) => kind switch
    {
        ClauseKind.MutualDefence => "defence",
        ClauseKind.Offence => "offence",
        ClauseKind.Neutrality => "neutrality",
        ClauseKind.NonAggression => "non-aggression",
        ClauseKind.Consultation => "consultation",
        _ => kind.ToString(),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
