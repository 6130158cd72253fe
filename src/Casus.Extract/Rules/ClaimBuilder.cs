using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Extract.Lexicons;

namespace Casus.Extract.Rules;

/// <summary>Turns one sentence's cue matches into tie, state and clause drafts.</summary>
internal sealed class ClaimBuilder(ExtractionLexicons lexicons, SentenceFrame frame, DocumentMemory memory,
    List<TieDraft> sentenceTies, List<StateDraft> sentenceStates)
{
    private readonly AnaphorResolver _resolver = new(frame, memory, sentenceTies, lexicons.Actors.IsBloc);
    // Role finders hold no state of their own: one of each per sentence.
    private RoleFinder? _roles;
    private RoleFinder? _blocRoles;
    private RoleFinder Roles => _roles ??= new(frame, _resolver);

    private RoleFinder RolesFor(CueEntry entry) => entry.Has(CueFlags.Bloc)
        ? _blocRoles ??= new RoleFinder(frame, _resolver, IsBloc)
        : Roles;

    /// <summary>How many sentences back an implicit target may come from (captions and asides intervene).</summary>
    private const int CarryWindow = 5;

    public AnaphorResolver Resolver => _resolver;

    public void BuildAll()
    {
        foreach (var cue in frame.Cues)
        {
            var entry = lexicons.Cues.Entries[cue.Entry];
            switch (entry.Kind)
            {
                case CueKind.Tie: Tie(cue, entry); break;
                case CueKind.State: State(cue, entry); break;
                case CueKind.Clause: TreatyClause(cue, entry); break;
            }
        }
    }

    private void Tie(PhraseMatch cue, CueEntry entry)
    {
        if (entry.Has(CueFlags.Redo)) { Redo(cue, entry); return; }
        // "if Valdoria invaded, …": what the condition imagines is not a claim.
        if (frame.InCondition(cue.First)) return;
        if (IsEvent(entry) && IsPassive(cue)) { Passive(cue, entry); return; }
        if (CompoundModifier(cue) is { } modifier) { Compound(cue, entry, modifier); return; }
        // "Sudan's army-backed government", "a UN-brokered plan" with no actor before the hyphen: the
        // compound describes a noun; it is no verb whose subject and object the sentence holds.
        if (HyphenCompound(cue)) return;
        var reverse = entry.Has(CueFlags.Reverse);
        var subject = (reverse ? RolesFor(entry) : Roles).Subject(cue, entry.Pattern, entry.Has(CueFlags.Near));
        var obj = (reverse ? Roles : RolesFor(entry)).Object(cue, entry.Pattern, subject?.Actors ?? [], entry.Has(CueFlags.Carry) || IsEvent(entry), StopsAtComma(entry));
        // "The presidents of A, B and C demanded …": the object is never a member of the subject's own list.
        if (!reverse && subject is { } subj && obj is { } o && SameList(subj.Mention, o.Mention) is { } whole)
        {
            subject = subj with { Actors = whole };
            obj = RolesFor(entry).Object(cue, entry.Pattern, whole, entry.Has(CueFlags.Carry) || IsEvent(entry), StopsAtComma(entry));
        }
        // "ships fired alongside Israeli units at the missiles": the one fired alongside is a partner, not a
        // target (the longer attack cue hides the shorter "fired alongside", so the cooperation is made here).
        if (entry.Tie is TieType.Attack && obj is { } partner && After(partner.Mention, "alongside"))
        {
            var together = entry with { Tie = TieType.MilitaryCooperation, Sign = null };
            if (subject is { } side) foreach (var s in side.Actors) foreach (var p in partner.Actors) AddTie(cue, together, s, p, side.Mention);
            return;
        }
        if (reverse) (subject, obj) = (obj, subject);
        // "shells fired by Cambodian forces into Sisaket": an actor right after "by" in the cue's gap is the doer.
        else if (subject is not null && obj is { } agent && ReducedPassive(cue, agent.Mention)) (subject, obj) = (obj, subject);
        var targets = obj?.Actors;
        // "condemned the occupation": the one condemned is who occupied, not an actor named after the act.
        if (!reverse && entry.Tie is TieType.Condemnation && subject is not null
            && EventAgent.NounAt(frame, cue.GapFirst >= 0 ? cue.GapFirst : cue.Last + 1) is var act and >= 0
            && EventAgent.Of(frame, _resolver, memory, sentenceTies, act, subject.Value.Actors) is { } agents)
            targets = agents;
        if (targets is null && entry.Has(CueFlags.Carry)) targets = CarriedTarget(subject?.Actors ?? [], entry.Tie is TieType.Threat);
        if (targets is null && entry.Tie is TieType.NonParticipation) targets = Belligerent(subject?.Actors ?? []);
        if (entry.Has(CueFlags.Pair) && EndsWithBetween(entry))
        {
            // "demanded a ceasefire between A and B", "the war between A and B": the pair is the actors after "between", never the speaker.
            if (obj is { Actors.Length: >= 2 } sides) AddPairwise(cue, entry, sides.Actors, subject?.Mention);
            return;
        }
        if (entry.Has(CueFlags.Pair))
        {
            var group = (subject?.Actors.Length ?? 0) >= 2 ? subject!.Value.Actors : (obj?.Actors.Length ?? 0) >= 2 && subject is null ? obj!.Value.Actors : null;
            if (group is not null) { AddPairwise(cue, entry, group, subject?.Mention); return; }
            if (subject is null || targets is null) return;
            foreach (var s in subject.Value.Actors) foreach (var t in targets) { AddTie(cue, entry, s, t, subject.Value.Mention); AddTie(cue, entry, t, s, subject.Value.Mention); }
            return;
        }
        if (subject is not null && targets is null && entry.Has(CueFlags.Ahead))
            memory.Pending = new PendingTie(subject.Value.Actors, entry, ModalityScope.For(frame, lexicons.Modality, cue, entry),
                Attribution(cue, subject.Value.Mention), memory.SentenceNumber);
        if (subject is null || targets is null) return;
        foreach (var s in subject.Value.Actors) foreach (var t in targets) AddTie(cue, entry, s, t, subject.Value.Mention);
    }

    /// <summary>A pending tie from the last two sentences takes as targets the members this sentence
    /// lists for a bloc ("the axis includes A, B and C": one membership cue, two or more members);
    /// the evidence is this sentence, which names them.</summary>
    public void ResolvePending()
    {
        if (memory.Pending is not { } pending) return;
        if (memory.SentenceNumber - pending.Sentence > PendingWindow) { memory.Pending = null; return; }
        var list = sentenceTies.Where(t => t.Type == TieType.Membership).GroupBy(t => t.CueToken).FirstOrDefault(g => g.Select(t => t.Source).Distinct().Count() >= 2);
        if (list is null) return;
        memory.Pending = null;
        var type = pending.Entry.Tie!.Value;
        foreach (var member in list.ToList())
        foreach (var source in pending.Sources)
        {
            if (source == member.Source || sentenceTies.Any(t => t.Source == source && t.Target == member.Source && t.Type == type)) continue;
            sentenceTies.Add(new TieDraft
            {
                Source = source, Target = member.Source, Type = type, Sign = pending.Entry.Sign ?? type.DefaultSign(), Modality = pending.Modality,
                Sentence = frame.Span, CueToken = member.CueToken, Cue = pending.Entry.Pattern.Source, Attribution = pending.Attribution,
            });
        }
    }

    /// <summary>How many sentences later a pending tie's list may come.</summary>
    private const int PendingWindow = 2;

    /// <summary>"X promised to do so": X does what the previous sentence's first claim says, to the same target.</summary>
    private void Redo(PhraseMatch cue, CueEntry entry)
    {
        if (memory.LastTie is not { } last || memory.SentenceNumber - last.Sentence != 1) return;
        var subject = Roles.Subject(cue, entry.Pattern);
        if (subject is null) return;
        var redone = entry with { Tie = last.Tie.Type, Flags = entry.Flags & ~CueFlags.Redo };
        foreach (var s in subject.Value.Actors) AddTie(cue, redone, s, last.Tie.Target, subject.Value.Mention);
    }

    private void AddPairwise(PhraseMatch cue, CueEntry entry, ActorId[] group, Mention? speaker)
    {
        foreach (var a in group) foreach (var b in group) AddTie(cue, entry, a, b, speaker);
    }

    /// <summary>"A opened an offensive on B. C's peacekeepers did not intervene.": staying out is toward the
    /// one whose attack was just told (this sentence first, else the previous one).</summary>
    private ActorId[]? Belligerent(ActorId[] sources)
    {
        var here = sentenceTies.FirstOrDefault(t => t.Type is TieType.Attack or TieType.Hostility && !sources.Contains(t.Source) && !sources.Contains(t.Target));
        if (here is not null) return [here.Source];
        if (memory.LastTie is { } hit && memory.SentenceNumber - hit.Sentence == 1 && hit.Tie.Type is TieType.Attack or TieType.Hostility
            && !sources.Contains(hit.Tie.Source) && !sources.Contains(hit.Tie.Target)) return [hit.Tie.Source];
        return null;
    }

    private ActorId[]? CarriedTarget(ActorId[] sources, bool retaliation = false)
    {
        var earlier = sentenceTies.FirstOrDefault(t => !sources.Contains(t.Target));
        if (earlier is not null) return [earlier.Target];
        // "A fired missiles at B. B's army promised consequences.": a threat by the one just attacked is aimed at its attacker.
        if (retaliation && memory.LastTie is { } hit && memory.SentenceNumber - hit.Sentence <= 1 && hit.Tie.Type is TieType.Attack or TieType.Hostility
            && sources.Contains(hit.Tie.Target) && !sources.Contains(hit.Tie.Source)) return [hit.Tie.Source];
        // A threat is aimed at someone; with no attacker just named, the last claim's target is a guess.
        if (retaliation) return null;
        if (memory.LastTarget is { } last && memory.SentenceNumber - last.Sentence <= CarryWindow && !sources.Contains(last.Target)) return [last.Target];
        return null;
    }

    private TieDraft? AddTie(PhraseMatch cue, CueEntry entry, ActorId source, ActorId target, Mention? sourceMention)
    {
        var type = entry.Tie!.Value;
        if (source == target) return null;
        var existing = sentenceTies.FirstOrDefault(t => t.Source == source && t.Target == target && t.Type == type);
        if (existing is not null) return existing;
        var modality = ModalityScope.For(frame, lexicons.Modality, cue, entry);
        var conditional = modality == Modality.Conditional;
        var draft = new TieDraft
        {
            Source = source, Target = target, Type = type, Sign = entry.Sign ?? type.DefaultSign(), Modality = modality,
            Sentence = frame.Span, CueToken = cue.First, Cue = entry.Pattern.Source,
            Attribution = Attribution(cue, sourceMention),
            Reversed = entry.Has(CueFlags.Reverse),
            Condition = conditional ? frame.Slice(frame.Condition.First, frame.Condition.Last) : null,
            ConditionActor = conditional ? ConditionActor() : null,
        };
        sentenceTies.Add(draft);
        return draft;
    }

    private void State(PhraseMatch cue, CueEntry entry)
    {
        var roles = Roles;
        var role = entry.Has(CueFlags.Object) ? roles.Object(cue, entry.Pattern, []) : roles.Subject(cue, entry.Pattern, entry.Has(CueFlags.Near));
        if (role is null) return;
        // "A and nuclear-armed B": a modifier right before a list item describes that item only.
        if (entry.Has(CueFlags.Object) && role.Value.Mention.First == cue.Last + 1) role = role.Value with { Actors = _resolver.Actors(role.Value.Mention) };
        var quantity = entry.Has(CueFlags.PreviousQuantity) ? memory.LastSize : cue.Number;
        if (entry.State == ActorStateKind.Size && quantity is null) return;
        foreach (var actor in role.Value.Actors)
        {
            if (sentenceStates.Any(s => s.Actor == actor && s.Kind == entry.State)) continue;
            sentenceStates.Add(new StateDraft
            {
                Actor = actor, Kind = entry.State!.Value, Modality = ModalityScope.For(frame, lexicons.Modality, cue, entry),
                Sentence = frame.Span, CueToken = cue.First, Cue = entry.Pattern.Source, Quantity = quantity,
                Attribution = Attribution(cue, role.Value.Mention), Context = ContextAfter(cue),
            });
        }
        if (entry.State == ActorStateKind.Size && quantity is not null) memory.LastSize = quantity;
    }

    /// <summary>A treaty clause describes the treaty of this sentence, else the document's latest
    /// one; with none, it implies a treaty between the actors around it.</summary>
    private void TreatyClause(PhraseMatch cue, CueEntry entry)
    {
        var modality = ModalityScope.For(frame, lexicons.Modality, cue, entry);
        var clause = new Clause(entry.Clause!.Value, modality != Modality.Negated,
            modality == Modality.Conditional ? frame.Slice(frame.Condition.First, frame.Condition.Last) : null);
        var treaties = sentenceTies.Where(t => t.Type == TieType.Treaty).ToList();
        if (treaties.Count == 0) treaties = memory.LastTreaty;
        if (treaties.Count == 0)
        {
            var implied = entry with { Kind = CueKind.Tie, Tie = TieType.Treaty, Flags = entry.Flags | CueFlags.Pair | CueFlags.Literal };
            var before = sentenceTies.Count;
            Tie(cue, implied);
            // "the Compact, a military alliance of …" describes a bloc (its members' membership), not a
            // treaty between the bloc and whoever else the sentence names.
            for (var i = sentenceTies.Count - 1; i >= before; i--)
                if (IsBloc(sentenceTies[i].Source) || IsBloc(sentenceTies[i].Target)) sentenceTies.RemoveAt(i);
            treaties = sentenceTies.Where(t => t.Type == TieType.Treaty).ToList();
        }
        foreach (var treaty in treaties) treaty.AddClause(clause);
    }

    private bool IsBloc(ActorId id) => lexicons.Actors.IsBloc(id);

    /// <summary>The actor of an "X-backed", "X-brokered", "X-sponsored" compound: a modifier mention
    /// joined by a hyphen to the cue's first word.</summary>
    private Mention? CompoundModifier(PhraseMatch cue)
    {
        foreach (var m in frame.Mentions)
            if (m.Modifier && m.Last == cue.First - 1) return m;
        return null;
    }

    private static bool EndsWithBetween(CueEntry entry) =>
        entry.Pattern.Elements[^1] is { Kind: PatternElementKind.Word } last && PhraseMatcher.WordEquals(last.Text, "between");

    /// <summary>The mention comes right after the word (with at most "the" between).</summary>
    private bool After(Mention mention, string word)
    {
        var t = mention.First - 1;
        if (t >= 0 && PhraseMatcher.WordEquals(frame.TokenText(t), "the")) t--;
        return t >= 0 && PhraseMatcher.WordEquals(frame.TokenText(t), word);
    }

    /// <summary>Participles that news joins to a noun by a hyphen to make an adjective ("army-backed").</summary>
    private static readonly string[] CompoundParticiples = ["backed", "brokered", "sponsored", "supported", "mediated", "proposed", "funded", "armed", "led", "allied", "aligned", "sanctioned"];

    /// <summary>The cue's first word is a participle glued by a hyphen to the word before it.</summary>
    private bool HyphenCompound(PhraseMatch cue)
    {
        var start = frame.Tokens[cue.First].Start;
        if (start < 2 || frame.Text[start - 1] != '-' || !char.IsLetterOrDigit(frame.Text[start - 2])) return false;
        var word = frame.TokenText(cue.First);
        foreach (var p in CompoundParticiples) if (PhraseMatcher.WordEquals(word, p)) return true;
        return false;
    }

    /// <summary>"the Iran-backed Houthis": the modifier backs the actor the compound describes, and
    /// nothing else ("an army-backed government", "a UN-backed assessment" name no actor: no claim).
    /// "a US-brokered truce between A and B": the modifier mediates between the actors after it.</summary>
    private void Compound(PhraseMatch cue, CueEntry entry, Mention modifier)
    {
        var sources = _resolver.Actors(modifier);
        if (sources.Length == 0) return;
        ActorId[]? targets;
        if (entry.Tie is TieType.Mediation)
            targets = Roles.Object(cue, entry.Pattern, sources, ownClause: true)?.Actors;
        else
        {
            var t = cue.Last + 1;
            while (t < frame.Tokens.Count && frame.Tokens[t].Kind == Text.TokenKind.Quote) t++;
            var described = frame.Mentions.FirstOrDefault(m => m.First == t && m.Anaphor is null);
            targets = described is null ? null : _resolver.Actors(described);
        }
        if (targets is not { Length: > 0 }) return;
        foreach (var source in sources) foreach (var target in targets) AddTie(cue, entry, source, target, modifier);
    }

    /// <summary>All actors of the list holding both mentions, or null when they are not in one list.</summary>
    private ActorId[]? SameList(Mention a, Mention b)
    {
        var ia = frame.Mentions.IndexOf(a);
        var ib = frame.Mentions.IndexOf(b);
        if (ia < 0 || ib < 0 || ia == ib) return null;
        var members = RoleFinder.GroupMembers(frame, ia);
        if (!members.Contains(ib) || !members.Contains(ia)) return null;
        return members.SelectMany(i => _resolver.Actors(frame.Mentions[i])).Distinct().ToArray();
    }

    private bool ReducedPassive(PhraseMatch cue, Mention mention)
    {
        if (cue.GapFirst < 0 || !PhraseMatcher.WordEquals(frame.TokenText(cue.GapFirst), "by")) return false;
        return mention.First == cue.GapFirst + 1
            || (mention.First == cue.GapFirst + 2 && PhraseMatcher.WordEquals(frame.TokenText(cue.GapFirst + 1), "the"));
    }

    private static readonly string[] BeForms = ["was", "were", "been", "being", "is", "are", "be", "get", "got"];

    /// <summary>"were shot down", "was struck": the cue's verb follows a form of "to be".</summary>
    private bool IsPassive(PhraseMatch cue)
    {
        if (cue.First == 0) return false;
        var before = cue.First - 1;
        if (before > 0 && frame.Tokens[before].IsWordLike && frame.TokenText(before) is var w && (PhraseMatcher.WordEquals(w, "systematically") || w.EndsWith("ly"))) before--;
        foreach (var be in BeForms) if (PhraseMatcher.WordEquals(frame.TokenText(before), be)) return true;
        return false;
    }

    /// <summary>A passive event ("Israel was struck by Iran", "drones were shot down by Jordan"): the agent
    /// after "by" is the source and the clause's subject the target; with no agent named, no claim
    /// (the grammatical subject is what was done to, never the doer).</summary>
    private void Passive(PhraseMatch cue, CueEntry entry)
    {
        var agent = -1;
        for (var t = cue.Last + 1; t < frame.Tokens.Count && t <= cue.Last + 4 && frame.Clause[t] == frame.Clause[cue.First]; t++)
            if (PhraseMatcher.WordEquals(frame.TokenText(t), "by")) { agent = t; break; }
        if (agent < 0) return;
        var byMention = frame.Mentions.FindIndex(m => m.First == agent + 1 || (m.First == agent + 2 && PhraseMatcher.WordEquals(frame.TokenText(agent + 1), "the")));
        if (byMention < 0) return;
        // "condemned by A, B and C": every actor of the list is an agent.
        var sources = RoleFinder.GroupMembers(frame, byMention).SelectMany(i => _resolver.Actors(frame.Mentions[i])).Distinct().ToArray();
        var targets = Roles.Subject(cue, entry.Pattern)?.Actors;
        // "the strikes were condemned by X": the act's agent is the one condemned.
        if (targets is null && entry.Tie is TieType.Condemnation && EventAgent.NounBefore(frame, cue.First) is var act and >= 0)
            targets = EventAgent.Of(frame, _resolver, memory, sentenceTies, act, sources);
        if (targets is null || sources.Length == 0) return;
        foreach (var source in sources) foreach (var t in targets) AddTie(cue, entry, source, t, frame.Mentions[byMention]);
    }

    /// <summary>Calls, demands, strikes, denials, staying out and one-word condemnations ("denounced") name their counterpart in their own
    /// clause ("phoned X", "struck X"); an actor in a later clause is someone else's.</summary>
    private static bool IsEvent(CueEntry entry) =>
        entry.Tie is TieType.Contact or TieType.Demand or TieType.Attack or TieType.Denial or TieType.NonParticipation
        || (entry.Tie is TieType.Condemnation && entry.Pattern.Elements.Count == 1);

    /// <summary>Calls, demands, strikes, denials and staying out name whom they are done to before the first comma
    /// ("urged X to …", "called on the world to act, to respect Y's sovereignty": Y is not urged). A condemnation's
    /// reason may follow a comma ("condemned the move, arguing that weapons from NATO …").</summary>
    private static bool StopsAtComma(CueEntry entry) => IsEvent(entry) && entry.Tie is not TieType.Condemnation;

    private string? Attribution(PhraseMatch cue, Mention? sourceMention)
    {
        var clause = frame.Clause[cue.First];
        foreach (var (token, text, _) in frame.ClauseAttributions)
            if (token < cue.First && frame.Clause[token] == clause && NextCueAfter(token) == cue.First) return text;
        if (frame.SentenceAttribution is { } sentence) return sentence;
        if (frame.Speaker is { } speaker && speaker.Token < cue.First && speaker.Speaker.Anaphor is null)
            return speaker.Speaker.Person ?? frame.Text[speaker.Speaker.Start..speaker.Speaker.End];
        return sourceMention?.Person;
    }

    /// <summary>"suspected by X of supplying …" governs the cue it introduces, not the next clause's.</summary>
    private int NextCueAfter(int token)
    {
        foreach (var c in frame.Cues)
            if (c.First > token && lexicons.Cues.Entries[c.Entry].Kind == CueKind.Tie) return c.First;
        return -1;
    }

    private ActorId? ConditionActor()
    {
        foreach (var m in frame.Mentions)
            if (m.InCondition && _resolver.Actors(m) is { Length: > 0 } actors) return actors[0];
        return null;
    }

    /// <summary>For "stayed on the sidelines when Assad's regime collapsed": the "when …" clause.</summary>
    private string? ContextAfter(PhraseMatch cue)
    {
        foreach (var match in frame.Modality)
        {
            if (match.First <= cue.Last || lexicons.Modality.Entries[match.Entry].Kind != ModalityCueKind.Break) continue;
            var last = frame.Tokens.Count - 1;
            while (last > match.First && frame.Tokens[last].Kind is Text.TokenKind.Stop or Text.TokenKind.Quote) last--;
            return frame.Slice(match.First, last);
        }
        return null;
    }
}
