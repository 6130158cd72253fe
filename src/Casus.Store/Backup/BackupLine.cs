using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Documents;

namespace Casus.Store.Backup;

/// <summary>One line of a backup file. A backup is JSON lines so it streams both ways in constant
/// memory per document, reads the same into SQLite or PostgreSQL, and survives a partial copy
/// line by line (each document line is self-contained: the document with all its claims).</summary>
public abstract record BackupLine;

/// <summary>First line: what the file is and which format version wrote it.</summary>
public sealed record BackupHeader(int Version) : BackupLine
{
    public const string Format = "casus-backup";
    public const int CurrentVersion = 1;
}

/// <summary>A database setting (<c>meta</c> table), such as whether the starter knowledge base was loaded.</summary>
public sealed record BackupMeta(string Key, string Value) : BackupLine;

/// <summary>An actor stored in the database (not one from the shipped lexicon).</summary>
public sealed record BackupActor(Actor Actor) : BackupLine;

/// <summary>A document with every claim whose evidence lies in it.</summary>
public sealed record BackupDocument(Document Document, IReadOnlyList<TieClaim> Ties, IReadOnlyList<StateClaim> States) : BackupLine;
