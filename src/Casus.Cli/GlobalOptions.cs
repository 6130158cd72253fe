using System.CommandLine;
using Casus.Pipeline;

namespace Casus.Cli;

/// <summary>Options every command takes, and how they become a <see cref="CasusWorkspace"/>.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Database: a SQLite file path or a postgres:// URL (default: $CASUS_DB, else ~/.local/share/casus/casus.db)",
        Recursive = true,
    };

    public static readonly Option<bool> NoStarter = new("--no-starter")
    {
        Description = "When this creates the database, leave the shipped starter knowledge base out (also CASUS_NO_STARTER=1)",
        Recursive = true,
    };

    /// <summary>The <c>--db</c> value; given but empty (<c>--db ''</c>, an unset shell variable) is a usage error,
    /// not a silent fall-back to the default database.</summary>
    public static string? DbValue(ParseResult parsed)
    {
        var value = parsed.GetValue(Db);
        if (parsed.GetResult(Db) is not null && string.IsNullOrWhiteSpace(value))
            throw new UsageException("--db '': empty database path (leave --db out to use the default database)");
        return value;
    }

    public static CasusWorkspace OpenWorkspace(ParseResult parsed) =>
        CasusWorkspace.Open(new WorkspaceOptions(
            Db: DbValue(parsed),
            LoadStarter: !parsed.GetValue(NoStarter) && !WorkspaceOptions.StarterDisabledByEnvironment(),
            DataDir: Environment.GetEnvironmentVariable("CASUS_DATA_DIR") is { Length: > 0 } dir ? dir : null));
}
