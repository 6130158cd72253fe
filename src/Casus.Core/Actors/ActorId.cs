using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Casus.Core.Actors;

/// <summary>
/// Language-independent identity of an actor: ISO 3166 alpha-3 for states ("IRN"),
/// a stable lowercase slug for everything else ("hezbollah", "kataib-hezbollah").
/// </summary>
/// <remarks>Every id's text is interned when the id is made, so two ids are equal exactly when they hold
/// the same string instance: equality is one pointer comparison and the hash is the string's identity
/// hash. The scenario engine compares ids millions of times per scenario, and ids of one length
/// ("N00017", "N00018") otherwise cost a character-by-character comparison and a string hash each.
/// The pool holds each distinct id once for the life of the process (actors number in the thousands).</remarks>
public readonly record struct ActorId
{
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public string Value { get; }

    public ActorId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("An actor id cannot be empty.", nameof(value));
        var trimmed = value.Trim();
        Value = Pool.GetOrAdd(trimmed, trimmed);
    }

    public bool Equals(ActorId other) => ReferenceEquals(Value, other.Value);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Value);

    public override string ToString() => Value;

    public static implicit operator string(ActorId id) => id.Value;
}
