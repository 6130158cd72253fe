using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Present.Workbench;

/// <summary>How a tie differs between two dates.</summary>
public enum TieChangeKind { Appeared, Ended, SignChanged, ModalityChanged }

/// <summary>A tie (source, target, type) as it stood on each date; <see cref="Before"/> or <see cref="After"/> is null when it did not hold then.</summary>
public sealed record TieChange(TieChangeKind Kind, ActorId Source, ActorId Target, TieType Type, Tie? Before, Tie? After);

/// <summary>
/// What changed in the network between two dates: ties that appeared, ended, changed sign or
/// changed their strongest modality (a hedge that became a fact, a fact that became contested).
/// Each date is read as <see cref="KnowledgeBase.AsOf"/> reads it. Pure.
/// </summary>
public static class TieDiff
{
    /// <param name="actor">Only the ties this actor takes part in; null: the whole network.</param>
    public static IReadOnlyList<TieChange> Between(KnowledgeBase knowledge, DateOnly from, DateOnly to, ActorId? actor = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (from > to) throw new InputException($"from: {from:yyyy-MM-dd} is after to ({to:yyyy-MM-dd})");
        var before = Ties(knowledge.AsOf(from), actor);
        var after = Ties(knowledge.AsOf(to), actor);
        var changes = new List<TieChange>();
        foreach (var (key, now) in after)
        {
            if (!before.TryGetValue(key, out var then)) changes.Add(new TieChange(TieChangeKind.Appeared, key.Source, key.Target, key.Type, null, now));
            else if (then.Sign != now.Sign) changes.Add(new TieChange(TieChangeKind.SignChanged, key.Source, key.Target, key.Type, then, now));
            else if (then.StrongestModality != now.StrongestModality || then.IsContested != now.IsContested)
                changes.Add(new TieChange(TieChangeKind.ModalityChanged, key.Source, key.Target, key.Type, then, now));
        }
        foreach (var (key, then) in before)
            if (!after.ContainsKey(key)) changes.Add(new TieChange(TieChangeKind.Ended, key.Source, key.Target, key.Type, then, null));
        return changes
            .OrderBy(c => c.Kind)
            .ThenBy(c => knowledge.NameOf(c.Source), StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => knowledge.NameOf(c.Target), StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Type)
            .ToList();
    }

    public static string ToSnake(this TieChangeKind kind) => kind switch
    {
        TieChangeKind.SignChanged => "sign_changed",
        TieChangeKind.ModalityChanged => "modality_changed",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static Dictionary<(ActorId Source, ActorId Target, TieType Type), Tie> Ties(KnowledgeBase view, ActorId? actor) =>
        (actor is { } a ? view.TiesOf(a) : view.AllTies()).ToDictionary(t => (t.Source, t.Target, t.Type));
}
