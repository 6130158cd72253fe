using Casus.Testing;
using Microsoft.Data.Sqlite;

namespace Casus.Reliability.Tests.Hostile;

/// <summary>A small database (one fictional article) that each hostile case gets its own copy of,
/// so "unchanged" can be checked byte for byte.</summary>
public sealed class BaseDatabase : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _template;

    public BaseDatabase()
    {
        _template = _dir.File("base.db");
        var article = _dir.Write("base-article.txt", "date 2025-03-04 Pakistan offered full support to Iran at the fictional Orlesk summit, officials said.");
        var run = CasusProcess.Run(_template, "ingest", article);
        if (run.ExitCode != 0) throw new InvalidOperationException("base ingest failed: " + run.Stderr);
    }

    /// <summary>A fresh copy of the base database in <paramref name="folder"/>.</summary>
    public string CopyTo(string folder)
    {
        var path = Path.Combine(folder, "case.db");
        File.Copy(_template, path);
        return path;
    }

    /// <summary>Text, origin and date of every stored document (raw SQL, after the writer exited).</summary>
    public static IReadOnlyList<(string Id, string Text, string Origin, string? Date)> Documents(string db)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, text, origin, date FROM documents";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, string?)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        return rows;
    }

    public void Dispose() => _dir.Dispose();
}
