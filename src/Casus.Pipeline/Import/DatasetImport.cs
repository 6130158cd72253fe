using Casus.Core;
using Casus.Pipeline.Data;
using Casus.Store;
using Casus.Store.Import;
using Casus.Store.Import.Codes;

namespace Casus.Pipeline.Import;

/// <summary>
/// <c>casus import</c>'s entry point: reads the shipped code tables (country codes, CAMEO tie rules)
/// and runs the dataset importer of <c>Casus.Store.Import</c> against a store. The importers and
/// their pure mappers live in Casus.Store (they depend on Core only); this class only supplies data.
/// </summary>
public static class DatasetImport
{
    public const string CountryCodes = "lexicon/country-codes.tsv";
    public const string CowStateNames = "lexicon/cow-state-names.tsv";
    public const string CameoTieTypes = "datasets/cameo-tie-types.tsv";

    public static DatasetKind ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "atop" => DatasetKind.Atop,
        "atop4" => DatasetKind.Atop4,
        "cow" => DatasetKind.Cow,
        "gdelt" => DatasetKind.Gdelt,
        _ => throw new InputException($"unknown dataset '{text}': use atop, atop4, cow or gdelt"),
    };

    public static ImportSummary Run(ICasusStore store, ShippedData data, DatasetKind kind, string path,
        IProgress<ImportProgress>? progress = null, int batchSize = 250)
    {
        var codes = ActorCodeMap.Parse(data.Read(CountryCodes), CountryCodes);
        if (data.Find(CowStateNames) is { } names) codes.WithCowNames(names, CowStateNames);
        var cameo = CameoTieMap.Parse(data.Read(CameoTieTypes), CameoTieTypes);
        using var file = DatasetFile.Open(kind, path, codes, cameo, data.Version);
        return new DatasetImporter(store, batchSize).Import(file, progress);
    }
}
