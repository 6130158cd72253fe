using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Extract.Rules;

/// <summary>Turns drafts into claims, each with the verbatim sentence as evidence.</summary>
internal sealed class EvidenceFactory(Document document, string extractor, string lexiconVersion)
{
    private Evidence For(Text.TextSpan span) => new Evidence(document.Id, document.Text[span.Start..span.End], span.Start, span.End,
        document.Outlet, document.Date, extractor, lexiconVersion, document.Url).Validate();

    public TieClaim Tie(TieDraft d) => new(d.Source, d.Target, d.Type, d.Sign, d.Modality, For(d.Sentence), d.Attribution,
        d.ValidFrom, d.ValidUntil, d.Clauses.Count > 0 ? [.. d.Clauses] : null, d.Condition, d.ConditionActor, d.Cue);

    public StateClaim State(StateDraft d) => new(d.Actor, d.Kind, d.Modality, For(d.Sentence), d.Quantity, d.Attribution,
        d.ValidFrom, d.ValidUntil, d.Context, d.Cue);
}
