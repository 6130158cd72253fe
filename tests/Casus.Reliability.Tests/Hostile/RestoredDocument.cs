using System.Text;
using Casus.Core.Claims;
using Casus.Core.Documents;
using Casus.Store.Backup;
using Casus.Testing;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>
/// A database holding one crafted document and its claims, put there through <c>casus restore</c> so a
/// test of what is shown does not depend on what the readers and the extractor let through.
/// </summary>
public static class RestoredDocument
{
    /// <summary>Restores <paramref name="document"/> with <paramref name="ties"/> into a new database
    /// named <paramref name="name"/> in <paramref name="dir"/>; returns the database's path.</summary>
    public static string Create(TempDir dir, string name, Document document, IReadOnlyList<TieClaim> ties)
    {
        var db = dir.File(name + ".db");
        var backup = new StringBuilder()
            .AppendLine(BackupWriter.ToJson(new BackupHeader(BackupHeader.CurrentVersion)))
            .AppendLine(BackupWriter.ToJson(new BackupMeta("starter", "omitted")))
            .AppendLine(BackupWriter.ToJson(new BackupDocument(document, ties, [])));
        var run = CasusProcess.Run(db, "restore", dir.Write(name + ".jsonl", backup.ToString()));
        if (run.ExitCode != 0) throw new InvalidOperationException("restore failed: " + run.Stderr);
        return db;
    }
}
