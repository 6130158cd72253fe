using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Extract.Lexicons;
using Casus.Extract.Text;

namespace Casus.Extract.Rules;

/// <summary>
/// The lexicon-driven extractor: spots actors once per document, splits sentences, and per
/// sentence pairs actors with tie, state and clause cues under the modality, attribution,
/// condition and date words around them. Every claim's evidence is the verbatim sentence.
/// Immutable and thread-safe: all per-document state lives in locals.
/// </summary>
public sealed class RuleExtractor : IClaimExtractor
{
    /// <summary>The extractor family and generation: claims made by an older generation are re-read by
    /// <c>casus refresh</c> (2: issue 13, news grammar and the contact/demand/attack/denial/non-participation types).</summary>
    public const string Name = "casus-rules/2";

    private readonly ExtractionLexicons _lexicons;

    public RuleExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        Spotter = new AliasSpotter(lexicons.Actors.SurfaceForms.Select(f => f.Text).ToList());
        _isBloc = lexicons.Actors.IsBloc;
    }

    // One delegate for the extractor's life, not one per mention.
    private readonly Func<ActorId, bool> _isBloc;

    /// <summary>The alias spotter over every surface form of the lexicon (exposed for benchmarks).</summary>
    public AliasSpotter Spotter { get; }

    public ExtractionLexicons Lexicons => _lexicons;

    public ExtractionResult Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var hits = ActorHits.Resolve(Spotter, _lexicons.Actors, text, document.Date);
        var memory = new DocumentMemory();
        var frame = new SentenceFrame
        {
            ListMatch = m => _lexicons.Modality.Entries[m.Entry].Kind == ModalityCueKind.List,
            ClauseCue = m => _lexicons.Cues.Entries[m.Entry].Kind == CueKind.Clause,
            ModalMatch = m => _lexicons.Modality.Entries[m.Entry].Kind is ModalityCueKind.Negation or ModalityCueKind.Hedge
                or ModalityCueKind.Speculation or ModalityCueKind.Promise or ModalityCueKind.Threat,
        };
        var builder = new FrameBuilder(_lexicons);
        var sentenceTies = new List<TieDraft>();
        var sentenceStates = new List<StateDraft>();
        var dates = new List<DateMention>();
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        var hit = 0;
        var preScan = _lexicons.Cues.ClaimPreScan;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            while (hit < hits.Count && hits[hit].Start < sentence.Start) hit++;
            // Without an actor and without a claim cue a sentence yields nothing and leaves the
            // memory as it was (its only possible subjects are pronouns for the subject in force).
            if ((hit >= hits.Count || hits[hit].Start >= sentence.End) && !preScan.MayHoldCue(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            {
                memory.SentenceNumber++;
                continue;
            }
            builder.Build(frame, text, sentence, hits, hit);
            sentenceTies.Clear();
            sentenceStates.Clear();
            var claims = new ClaimBuilder(_lexicons, frame, memory, sentenceTies, sentenceStates);
            if (frame.Cues.Count > 0)
            {
                claims.BuildAll();
                claims.ResolvePending();
                DateFinder.Find(frame, _lexicons.Modality, document.Date, dates);
                AttachDates(dates, sentenceTies, sentenceStates);
            }
            Remember(memory, frame, claims.Resolver, sentenceTies);
            foreach (var mention in frame.Mentions)
                if (mention.Anaphor is null && mention.Actors.FirstOrDefault(_isBloc) is { Value: not null } bloc) memory.LastBloc = bloc;
            if (frame.Mentions.FirstOrDefault(m => m.Anaphor is null && m.Person is not null && m.Actors.Length == 1) is { } person)
                memory.LastPerson = (person.Actors, memory.SentenceNumber);
            memory.Ties.AddRange(sentenceTies);
            memory.States.AddRange(sentenceStates);
            CandidateFinder.Find(frame, _lexicons.Cues.OrgHeadLookup, candidates);
            memory.SentenceNumber++;
        }
        var evidence = new EvidenceFactory(document, Name, _lexicons.Version);
        return new ExtractionResult(
            memory.Ties.Select(evidence.Tie).ToList(),
            memory.States.Select(evidence.State).ToList(),
            candidates.Order(StringComparer.Ordinal).ToList());
    }

    private static void AttachDates(List<DateMention> dates, List<TieDraft> ties, List<StateDraft> states)
    {
        foreach (var date in dates)
        {
            if (date.UntilMarker >= 0)
            {
                foreach (var tie in ties) if (tie.CueToken < date.UntilMarker) tie.ValidUntil ??= date.Until;
                foreach (var state in states) if (state.CueToken > date.UntilMarker) state.ValidFrom ??= date.From;
                continue;
            }
            var nearest = int.MaxValue;
            var distance = int.MaxValue;
            foreach (var tie in ties) Closer(tie.CueToken);
            foreach (var state in states) Closer(state.CueToken);
            foreach (var tie in ties) if (tie.CueToken == nearest) tie.ValidFrom ??= date.From;
            foreach (var state in states) if (state.CueToken == nearest) state.ValidFrom ??= date.From;

            void Closer(int token)
            {
                var d = Math.Abs(token - date.Token);
                if (d < distance) { distance = d; nearest = token; }
            }
        }
    }

    private static ActorId[]? LongestList(SentenceFrame frame, AnaphorResolver resolver)
    {
        ActorId[]? best = null;
        for (var i = 0; i < frame.Mentions.Count; i++)
        {
            if (frame.Mentions[i].InAttribution || frame.Mentions[i].Anaphor is not null) continue;
            var group = RoleFinder.Coordination(frame, i);
            if (group.Count < 2) continue;
            var actors = group.SelectMany(g => resolver.Actors(frame.Mentions[g])).Distinct().ToArray();
            if (actors.Length >= 2 && actors.Length > (best?.Length ?? 0)) best = actors;
        }
        return best;
    }

    private static bool AfterBetween(SentenceFrame frame, ActorId[] actors)
    {
        foreach (var m in frame.Mentions)
            if (m.Anaphor is null && m.First > 0 && m.Actors.Length > 0 && actors.Contains(m.Actors[0])
                && PhraseMatcher.WordEquals(frame.TokenText(m.First - 1), "between")) return true;
        return false;
    }

    /// <summary>Carries the sentence's subject, first target and treaty to the next sentence.</summary>
    private static void Remember(DocumentMemory memory, SentenceFrame frame, AnaphorResolver resolver, List<TieDraft> ties)
    {
        var subject = SentenceSubject.Of(frame, resolver, ties);
        if (subject is { Length: 1 }) memory.Singular = subject;
        // "the war between A and B" is a pair of parties, not who "the two men" are three sentences on.
        else if (subject is { Length: > 1 }) (memory.Plural, memory.PluralSentence, memory.PluralFromList) = (subject, memory.SentenceNumber, AfterBetween(frame, subject));
        // "… issued jointly by the leaders of A, B, C and D", "the fighting between A and B": a list is who
        // "the leaders", "both governments" and "they" are next, even when it is not the sentence's subject.
        // A pair ("the fighting between A and B") is also who "both sides" and "the two leaders" are later.
        if (LongestList(frame, resolver) is { } list)
        {
            if (subject is not { Length: > 1 }) (memory.Plural, memory.PluralSentence, memory.PluralFromList) = (list, memory.SentenceNumber, true);
            if (list.Length == 2) memory.LastPair = (list, memory.SentenceNumber);
        }
        if (ties.Count > 0) memory.LastTarget = (ties[0].Target, memory.SentenceNumber);
        if (ties.Count > 0) memory.LastTie = (ties[0], memory.SentenceNumber);
        for (var i = ties.Count - 1; i >= 0; i--)
            if (EventAgent.IsAct(ties[i])) { memory.LastAct = (ties[i].Source, memory.SentenceNumber); break; }
        List<TieDraft>? treaties = null;
        foreach (var tie in ties) if (tie.Type == TieType.Treaty) (treaties ??= []).Add(tie);
        if (treaties is not null) memory.LastTreaty = treaties;
    }
}
