namespace Casus.Core.Actors;

/// <summary>
/// Language-independent identity of an actor: ISO 3166 alpha-3 for states ("IRN"),
/// a stable lowercase slug for everything else ("hezbollah", "kataib-hezbollah").
/// </summary>
public readonly record struct ActorId
{
    public string Value { get; }

    public ActorId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("An actor id cannot be empty.", nameof(value));
        Value = value.Trim();
    }

    public override string ToString() => Value;

    public static implicit operator string(ActorId id) => id.Value;
}
