using Casus.Core.Claims;

namespace Casus.Extract.Lexicons;

public enum CueKind : byte { Tie, State, Clause, Anaphor, OrgHead }

/// <summary>How an anaphor finds its actor (see data/lexicon/README.md).</summary>
public enum AnaphorKind : byte
{
    /// <summary>"it", "the group": the subject in force (this sentence's, else the last one's).</summary>
    It,
    /// <summary>"its": the nearest actor before it in the sentence, else the subject in force.</summary>
    Its,
    /// <summary>"they", "both", "the two countries": the last plural subject or pair.</summary>
    They,
    /// <summary>"their": the nearest group named before it in the sentence, else the last plural subject.</summary>
    Their,
    /// <summary>"we", "our" inside quotes: the speaker (the previous sentence's subject).</summary>
    We,
    /// <summary>"the country's": the sentence's first-named actor (its topic).</summary>
    Topic,
    /// <summary>"the bloc", "the alliance": the nearest bloc or organisation named before it in the
    /// sentence, else the latest one the document named.</summary>
    Bloc,
    /// <summary>"the two countries", "both nations": as <see cref="They"/>, but with no pair in the
    /// sentence, the pair of the previous sentence's first claim comes before an older plural subject.</summary>
    Pair,
}

[Flags]
public enum CueFlags
{
    None = 0,
    /// <summary>Symmetric: a claim each way between the pair.</summary>
    Pair = 1,
    /// <summary>Roles reversed: the actor after the cue is the source.</summary>
    Reverse = 2,
    /// <summary>State claims: about the actor after the cue, not before.</summary>
    Object = 4,
    /// <summary>Modality words do not apply (the cue's own words already say it: "neither side will aid").</summary>
    Literal = 8,
    /// <summary>State size copied from the previous size claim ("similarly sized").</summary>
    PreviousQuantity = 16,
    /// <summary>With no target in the sentence, the target of the claims just before ("mediate" → the war's side).</summary>
    Carry = 32,
    /// <summary>The target must be a bloc or organisation ("joined the SCO", "part of the Crink group").</summary>
    Bloc = 64,
    /// <summary>The subject is the nearest actor before the cue, not the clause's first ("until he was toppled").</summary>
    Near = 128,
    /// <summary>With no target in the sentence, the members a bloc is said to include in one of the
    /// next two sentences are the targets ("relies on a network of allied groups. … The network
    /// includes A, B and C").</summary>
    Ahead = 256,
    /// <summary>An ellipsis ("promised to do so"): the tie type and target of the previous
    /// sentence's first claim, with this cue's subject and modality.</summary>
    Redo = 512,
    /// <summary>A request for the act, not the act ("asked X for military aid"): at most hedged;
    /// the actor asked is the source when combined with <see cref="Reverse"/>.</summary>
    Request = 1024,
    /// <summary>The cue itself voices doubt about the help it names ("pays lip-service to"): at most
    /// hedged, never asserted help.</summary>
    Doubt = 2048,
}

/// <summary>One row of <c>cues.tsv</c>.</summary>
public sealed record CueEntry(
    CueKind Kind,
    PhrasePattern Pattern,
    CueFlags Flags,
    TieType? Tie = null,
    ActorStateKind? State = null,
    ClauseKind? Clause = null,
    AnaphorKind? Anaphor = null,
    int? Sign = null)
{
    public bool Has(CueFlags flag) => (Flags & flag) == flag;
}
