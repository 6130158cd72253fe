using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Extract.Rules;

/// <summary>Turns drafts into claims, each with the verbatim sentence as evidence.</summary>
internal sealed class EvidenceFactory(Document document, string extractor, string lexiconVersion)
{
    // Claims of one sentence come one after another: they share the sentence's string.
    private (int Start, int End, string Text) _last = (-1, -1, "");

    private Evidence For(Text.TextSpan span) => new Evidence(document.Id, SentenceText(span), span.Start, span.End,
        document.Outlet, document.Date, extractor, lexiconVersion, document.Url).Validate();

    private string SentenceText(Text.TextSpan span)
    {
        if (_last.Start != span.Start || _last.End != span.End) _last = (span.Start, span.End, document.Text[span.Start..span.End]);
        return _last.Text;
    }

    public TieClaim Tie(TieDraft d) => new(d.Source, d.Target, d.Type, d.Sign, d.Modality, For(d.Sentence), d.Attribution,
        d.ValidFrom, d.ValidUntil, d.Clauses.Count > 0 ? [.. d.Clauses] : null, d.Condition, d.ConditionActor, d.Cue);

    public StateClaim State(StateDraft d) => new(d.Actor, d.Kind, d.Modality, For(d.Sentence), d.Quantity, d.Attribution,
        d.ValidFrom, d.ValidUntil, d.Context, d.Cue);
}
