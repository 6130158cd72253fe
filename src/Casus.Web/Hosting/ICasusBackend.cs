using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Core.Scenarios;

namespace Casus.Web.Hosting;

/// <summary>
/// What the server needs from the pipeline. <c>CasusWorkspace</c> provides it through
/// <c>WorkspaceBackend</c>; implementations must be safe to call from concurrent requests.
/// </summary>
public interface ICasusBackend
{
    string DataVersion { get; }

    /// <summary>The data version the stored articles were read under (null when the database never recorded one);
    /// when it differs from <see cref="DataVersion"/>, <c>casus refresh</c> brings the database up to date.</summary>
    string? StoredDataVersion => DataVersion;

    /// <summary>Moves on whenever the knowledge changes (an ingest added something), so caches know to drop answers.</summary>
    long Generation { get; }

    /// <summary>The actor a name, alias or id means; <see cref="Casus.Core.InputException"/> when none.</summary>
    Actor ResolveActor(string nameOrAlias);

    /// <summary>What is known, as of a date (everything when null).</summary>
    KnowledgeBase Knowledge(DateOnly? asOf);

    ScenarioResult RunScenario(Scenario scenario);

    /// <summary>The scenario judged only on claims published by <paramref name="knownBy"/> (<c>known_by</c>).</summary>
    Casus.Pipeline.KnownByRun RunScenario(Scenario scenario, DateOnly knownBy);

    /// <summary>What a reader calls a stored document (its title or file name), for a brief's sources; null when unknown.</summary>
    string? DocumentName(string documentId) => null;

    /// <summary>Reads, extracts and stores one uploaded body; failures come back as failed items.</summary>
    IReadOnlyList<IngestedDocument> Ingest(string origin, byte[] bytes, string? contentType);

    /// <summary>Fetches an http(s) URL (as <c>casus ingest URL</c> does) and ingests the page; a fetch that fails is an
    /// <see cref="Casus.Core.InputException"/>. Backends that cannot fetch say so.</summary>
    Task<IReadOnlyList<IngestedDocument>> IngestUrl(string url, CancellationToken cancellation) =>
        throw new Casus.Core.InputException("url: this server does not fetch pages (send the article's text instead)");

    /// <summary>The people who speak for an actor (for its page); none when the backend has no lexicon of people.</summary>
    IReadOnlyList<Spokesperson> PeopleOf(ActorId actor) => [];

    /// <summary>What moves one actor's verdict most (<see cref="Casus.Reason.Questions.VerdictQuestion"/>), judged only on
    /// articles published by <paramref name="knownBy"/> when given.</summary>
    Casus.Reason.Questions.VerdictQuestion Question(Scenario scenario, ActorId actor, DateOnly? knownBy) =>
        throw new Casus.Core.InputException("this server cannot question verdicts");
}

/// <param name="Status">added, already_stored or failed.</param>
public sealed record IngestedDocument(
    string Origin, string? DocumentId, string? Title, string? Outlet, DateOnly? Date,
    string Status, int TieClaims, int StateClaims, string? Error);
