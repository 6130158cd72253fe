using Casus.Core;
using Npgsql;

namespace Casus.Store.Postgres;

/// <summary>
/// Accepts both spellings users paste: a URL (<c>postgres://user:pass@host:5432/db?sslmode=disable</c>)
/// or an Npgsql key/value string (<c>Host=…;Database=…</c>), and returns the key/value form.
/// </summary>
public static class PostgresConnectionString
{
    public static string Normalise(string value)
    {
        var text = value.Trim();
        if (!text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return Validate(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new InputException($"--db '{Redact(text)}': not a valid postgres:// URL");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0) builder.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1) builder.Password = Uri.UnescapeDataString(user[1]);
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0) builder.Database = Uri.UnescapeDataString(database);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var val = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
            try { builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = val; }
            catch (ArgumentException) { throw new InputException($"--db '{Redact(text)}': unknown connection option '{key}'"); }
        }
        return builder.ConnectionString;
    }

    private static string Validate(string keyValue)
    {
        try { return new NpgsqlConnectionStringBuilder(keyValue).ConnectionString; }
        catch (ArgumentException e) { throw new InputException($"--db '{Redact(keyValue)}': {e.Message}"); }
    }

    /// <summary>Connection strings carry passwords; messages must not.</summary>
    public static string Redact(string db) =>
        System.Text.RegularExpressions.Regex.Replace(db, @"(://[^:/@]+:)[^@]*@|(Password=)[^;]*",
            m => m.Groups[1].Success ? m.Groups[1].Value + "***@" : m.Groups[2].Value + "***",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
