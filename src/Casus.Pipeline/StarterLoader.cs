using Casus.Pipeline.Refresh;
using Casus.Store;

namespace Casus.Pipeline;

/// <summary>
/// Loads the shipped starter knowledge base into a database the first time it is opened, or
/// records that it was left out (<c>--no-starter</c>). The decision is kept in <c>meta.starter</c>,
/// so a database created without it stays without it, and an interrupted load is finished next
/// time (documents are idempotent).
/// </summary>
internal static class StarterLoader
{
    public const string MetaKey = "starter";
    public const string Omitted = "omitted";

    public static void EnsureDecided(ICasusStore store, PipelineLayers layers, string dataVersion, bool loadStarter)
    {
        if (store.GetMeta(MetaKey) is not null) return;
        if (!loadStarter)
        {
            store.SetMeta(MetaKey, Omitted);
            // Recorded either way, so `casus refresh` and the stale-data hint know what a new database holds.
            StoredDataVersion.Record(store, dataVersion);
            return;
        }
        foreach (var (document, ties, states) in layers.Starter())
            store.AddDocument(document, ties, states);
        store.SetMeta(MetaKey, Loaded(dataVersion));
        StoredDataVersion.Record(store, dataVersion);
    }

    /// <summary>The <c>meta.starter</c> value once the starter of <paramref name="dataVersion"/> is in the database.</summary>
    public static string Loaded(string dataVersion) => "loaded " + dataVersion;
}
