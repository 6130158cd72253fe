using Casus.Store.Import;

namespace Casus.Store.Tests.Import;

/// <summary>One call to import a file with the test code tables.</summary>
internal static class Importing
{
    public static ImportSummary Run(ICasusStore store, DatasetKind kind, string path, int batchSize = 100)
    {
        using var file = DatasetFile.Open(kind, path, CodeTables.Countries.Value, CodeTables.Cameo.Value, CodeTables.DataVersion);
        return new DatasetImporter(store, batchSize).Import(file);
    }
}
