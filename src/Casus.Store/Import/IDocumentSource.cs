namespace Casus.Store.Import;

/// <summary>A dataset file seen as a lazy stream of documents with their claims, for <see cref="DatasetImporter"/>.</summary>
public interface IDocumentSource
{
    /// <summary>Documents in a deterministic order: the same file always yields the same sequence,
    /// which is what lets a checkpoint say "the first N are stored".</summary>
    IEnumerable<DocumentWithClaims> Documents();

    long RowsRead { get; }

    /// <summary>Bytes consumed and total, for progress (0 total when unknown).</summary>
    long Position { get; }

    long Length { get; }

    ImportTally Tally { get; }
}

/// <summary>Adapts an alliance reader: one document per alliance through <see cref="AllianceMapper"/>.</summary>
public sealed class AllianceDocumentSource(IAllianceSource alliances, long length, string extractor, string dataVersion) : IDocumentSource
{
    public IEnumerable<DocumentWithClaims> Documents() =>
        alliances.Read().Select(a => AllianceMapper.Map(a, extractor, dataVersion));

    public long RowsRead => alliances.RowsRead;

    public long Position => alliances.Position;

    public long Length => length;

    public ImportTally Tally => alliances.Tally;
}
