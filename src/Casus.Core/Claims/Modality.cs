namespace Casus.Core.Claims;

/// <summary>
/// How the text commits to a claim. Only <see cref="Asserted"/> is a plain fact; every other
/// value must survive storage and reach the reasoning as what it is.
/// </summary>
public enum Modality
{
    Asserted,
    /// <summary>"did not include", "has not", "no ... clause".</summary>
    Negated,
    /// <summary>"appears", "unlikely", "likely", "could", "may", "suspected".</summary>
    Hedged,
    /// <summary>"speculation that", "could even try to": low-confidence reporting.</summary>
    Speculated,
    /// <summary>"promised to", "pledged", "vowed".</summary>
    Promised,
    /// <summary>"threatened to", "warned".</summary>
    Threatened,
    /// <summary>"if America dares to intervene, we will ...": holds only under a condition.</summary>
    Conditional,
}

public static class ModalityExtensions
{
    public static bool IsFact(this Modality modality) => modality == Modality.Asserted;

    public static string ToSnake(this Modality modality) => modality.ToString().ToLowerInvariant();

    public static bool TryParseSnake(string text, out Modality modality) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out modality);
}
