namespace Casus.Reliability.Tests.Hostile;

/// <summary>What a hostile file must lead to.</summary>
public enum Expected
{
    /// <summary>Exit 1, one stderr line naming the file and the reason, database unchanged.</summary>
    Rejected,
    /// <summary>Exit 0, nothing on stderr, a document stored whose text passes the case's check.</summary>
    Ingested,
    /// <summary>Either outcome is a correct answer (a lenient decode or a clear refusal), but never
    /// an internal error, and a stored document's text must still pass the case's check.</summary>
    IngestedOrRejected,
}

/// <param name="Reason">For rejections: a word the error line must contain ("empty", "binary").</param>
/// <param name="TextCheck">For stored documents: what must hold of their text (null: anything).</param>
public sealed record HostileCase(
    string FileName,
    Action<string> Write,
    Expected Expected,
    string? Reason = null,
    Func<string, bool>? TextCheck = null,
    string? TextCheckMeaning = null);
