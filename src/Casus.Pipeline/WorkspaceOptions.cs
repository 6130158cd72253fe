namespace Casus.Pipeline;

/// <param name="Db">null → <c>CASUS_DB</c> → the per-user default (<see cref="DefaultDbPath"/>);
/// <c>postgres://…</c> or <c>Host=…</c> → PostgreSQL; anything else a SQLite file path.</param>
/// <param name="LoadStarter">Load the shipped starter knowledge base when the database is new.</param>
/// <param name="DataDir">Read data files from this folder instead of the embedded copy.</param>
public sealed record WorkspaceOptions(string? Db = null, bool LoadStarter = true, string? DataDir = null)
{
    /// <summary>The database this workspace uses, after the environment and default are applied.</summary>
    public string ResolvedDb => ResolveDb(Db);

    public static string ResolveDb(string? db)
    {
        if (!string.IsNullOrWhiteSpace(db)) return db;
        var env = Environment.GetEnvironmentVariable("CASUS_DB");
        return string.IsNullOrWhiteSpace(env) ? DefaultDbPath() : env;
    }

    /// <summary><c>$XDG_DATA_HOME/casus/casus.db</c>, else <c>~/.local/share/casus/casus.db</c>.</summary>
    public static string DefaultDbPath()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "casus", "casus.db");
    }

    /// <summary><c>CASUS_NO_STARTER=1</c> (or true/yes) leaves the starter knowledge base out, like <c>--no-starter</c>.</summary>
    public static bool StarterDisabledByEnvironment() =>
        Environment.GetEnvironmentVariable("CASUS_NO_STARTER")?.Trim().ToLowerInvariant() is "1" or "true" or "yes";
}
