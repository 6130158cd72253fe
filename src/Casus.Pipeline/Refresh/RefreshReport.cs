namespace Casus.Pipeline.Refresh;

/// <summary>What <c>casus refresh</c> did to bring a database up to the shipped data version.</summary>
/// <param name="FromVersion">The data version the database recorded before (null: never recorded).</param>
/// <param name="ToVersion">The shipped data version; recorded when nothing failed.</param>
/// <param name="DocumentsReextracted">Stored documents read again with the current lexicon.</param>
/// <param name="ClaimsBefore">Claims those documents held before.</param>
/// <param name="ClaimsAfter">Claims they hold now.</param>
/// <param name="Starter">What changed in the starter knowledge base (null: the database was created without it).</param>
/// <param name="Failures">Documents that could not be re-extracted; they keep their old claims and the version is not recorded.</param>
public sealed record RefreshReport(
    string? FromVersion,
    string ToVersion,
    int DocumentsReextracted,
    int ClaimsBefore,
    int ClaimsAfter,
    StarterChanges? Starter,
    IReadOnlyList<RefreshFailure> Failures)
{
    /// <summary>True when the run changed nothing (a second refresh).</summary>
    public bool NothingChanged =>
        DocumentsReextracted == 0 && (Starter is null || Starter.Total == 0) && FromVersion == ToVersion && Failures.Count == 0;
}

/// <summary>Starter sources (one stored document per source URL and date) added, replaced because their
/// shipped rows changed, or removed because they are no longer shipped.</summary>
public sealed record StarterChanges(int Added, int Replaced, int Removed)
{
    public int Total => Added + Replaced + Removed;
}

/// <param name="Error">One line: why the document could not be re-extracted.</param>
public sealed record RefreshFailure(string DocumentId, string Origin, string Error);

/// <summary>Progress through the documents to re-extract: done out of the total, and the current origin.</summary>
public sealed record RefreshProgress(int Done, int Total, string Current);
