using Casus.Core;

namespace Casus.Store.Import.Csv;

/// <summary>Column positions by name, so importers survive column reordering between releases.</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(DelimitedReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++) _index.TryAdd(reader[i].Trim().ToString(), i);
    }

    public bool Has(string column) => _index.ContainsKey(column);

    public int? Find(string column) => _index.TryGetValue(column, out var i) ? i : null;

    /// <summary>The column's position, or an <see cref="InputException"/> naming the file and column.</summary>
    public int Require(string column, string source) =>
        _index.TryGetValue(column, out var i) ? i : throw new InputException($"{source}: missing column '{column}' in the header");
}
