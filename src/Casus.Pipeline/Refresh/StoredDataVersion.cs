using Casus.Store;

namespace Casus.Pipeline.Refresh;

/// <summary>
/// The data version a database's knowledge was last brought up to (<c>meta.data_version</c>): written
/// when the database is created and by <c>casus refresh</c>, read (one row) to tell the user when the
/// shipped data is newer.
/// </summary>
public static class StoredDataVersion
{
    public const string MetaKey = "data_version";

    public static string? Read(ICasusStore store) => store.GetMeta(MetaKey);

    public static void Record(ICasusStore store, string version) => store.SetMeta(MetaKey, version);
}
