namespace Casus.Store.Sqlite;

/// <summary>
/// What a salvaging read (<c>casus backup</c> of a damaged database) had to leave out: rows that could
/// not be read back (an unknown tie type, a date like 2025-99-99, an empty actor id) and tables whose
/// pages are damaged past some row. Everything else is still read.
/// </summary>
public sealed class SalvageLog
{
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

    public int SkippedRows => _skipped.Values.Sum();

    public List<string> Unreadable { get; } = [];

    public string? FirstReason { get; private set; }

    public bool Clean => SkippedRows == 0 && Unreadable.Count == 0;

    internal void Skipped(string table, string reason)
    {
        _skipped[table] = _skipped.GetValueOrDefault(table) + 1;
        FirstReason ??= $"{table}: {reason}";
    }

    internal void Stopped(string table, string reason)
    {
        Unreadable.Add(table);
        FirstReason ??= $"{table}: {reason}";
    }

    /// <summary>"3 damaged rows left out (tie_claims 2, documents 1); first: tie_claims: stored tie type 'x' is unknown".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (SkippedRows > 0) parts.Add($"{SkippedRows} damaged row{(SkippedRows == 1 ? "" : "s")} left out ({string.Join(", ", _skipped.Select(kv => $"{kv.Key} {kv.Value}"))})");
        if (Unreadable.Count > 0) parts.Add($"rows after a damaged page left out in {string.Join(", ", Unreadable.Distinct())}");
        return string.Join("; ", parts) + $"; first: {FirstReason}";
    }
}
