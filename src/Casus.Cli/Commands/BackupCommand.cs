using System.CommandLine;
using System.Text;
using Casus.Core;
using Casus.Pipeline;
using Casus.Store;
using Casus.Store.Backup;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>casus backup FILE</c> and <c>casus restore FILE</c>: the whole database (documents, every
/// claim with its evidence, stored actors) as JSON lines, readable into SQLite or PostgreSQL.
/// The backup file appears only when complete (written beside it, then renamed); a restore is
/// atomic per document and idempotent, so an interrupted restore is finished by running it again.
/// </summary>
public static class BackupCommand
{
    public static void Register(RootCommand root)
    {
        root.Subcommands.Add(CreateBackup());
        root.Subcommands.Add(CreateRestore());
    }

    private static Command CreateBackup()
    {
        var file = new Argument<string>("FILE") { Description = "Where to write the backup (JSON lines)" };
        var command = new Command("backup", "Write the whole database (documents, claims, evidence, actors) to a JSON-lines file") { file };
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(file)!;
            var db = WorkspaceOptions.ResolveDb(GlobalOptions.DbValue(parsed));
            if (!StoreLocation.IsPostgres(db) && !File.Exists(db)) throw new InputException($"--db '{db}': no database there to back up");
            if (Directory.Exists(target)) throw new InputException($"'{target}': is a directory; give a file path for the backup");
            if (!StoreLocation.IsPostgres(db) && IsDatabaseFile(target, db))
                throw new InputException($"'{target}': is the database being backed up (or its journal); give another file for the backup");
            BackupSummary summary = default!;
            // A damaged database still gives up every row that can be read; what was left out is said below.
            var salvage = new Casus.Store.Sqlite.SalvageLog();
            using (var store = StoreLocation.Open(db, out _))
            {
                if (store is Casus.Store.Sqlite.SqliteStore sqlite) sqlite.Salvage = salvage;
                OutputFile.Write(target, "the backup", stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
                    summary = StoreBackup.Write(store, writer);
                });
            }
            Console.WriteLine($"backed up {summary.Documents} documents, {summary.TieClaims} tie claims, {summary.StateClaims} state claims, {summary.Actors} actors to {target}");
            return salvage.Clean ? CasusCli.Ok
                : CasusCli.Fail($"--db '{db}': damaged database: the backup holds everything readable, {salvage.Describe()}", CasusCli.InputError);
        });
        return command;
    }

    private static Command CreateRestore()
    {
        var file = new Argument<string>("FILE") { Description = "A file written by casus backup" };
        var command = new Command("restore", "Read a backup into the database (documents already there are kept; re-running is safe)") { file };
        command.SetAction(parsed =>
        {
            var source = parsed.GetValue(file)!;
            if (!File.Exists(source)) throw new InputException($"'{source}': no such file");
            var db = WorkspaceOptions.ResolveDb(GlobalOptions.DbValue(parsed));
            BackupSummary summary;
            try
            {
                // The store, not a workspace: a restored database gets the backup's contents, never a fresh starter load.
                using var store = StoreLocation.Open(db, out _);
                store.CheckIntegrity();
                using var reader = new StreamReader(source, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
                summary = StoreBackup.Restore(store, reader, source);
            }
            catch (DecoderFallbackException)
            {
                throw new InputException($"'{source}': not a Casus backup (not UTF-8 text)");
            }
            catch (IOException e)
            {
                throw new InputException($"'{source}': cannot read ({e.Message.Split('\n')[0].TrimEnd('.')})");
            }
            Console.WriteLine($"restored {summary.Documents} documents ({summary.SkippedDocuments} already present), {summary.TieClaims} tie claims, {summary.StateClaims} state claims, {summary.Actors} actors into {db}");
            return CasusCli.Ok;
        });
        return command;
    }

    /// <summary>True when the backup would overwrite the database itself or its -wal/-shm/-journal files (symlinks followed).</summary>
    private static bool IsDatabaseFile(string target, string db)
    {
        var file = OutputFile.Resolve(target);
        var database = OutputFile.Resolve(db);
        return new[] { "", "-wal", "-shm", "-journal" }.Any(suffix => string.Equals(file, database + suffix, StringComparison.Ordinal));
    }
}
