namespace Casus.Store.Import;

/// <summary>Streams alliances out of one dataset file, counting rows and unmapped codes as it goes.</summary>
public interface IAllianceSource
{
    /// <summary>Alliances in file order; the file is read lazily, one alliance's rows at a time.</summary>
    IEnumerable<AllianceRecord> Read();

    long RowsRead { get; }

    /// <summary>Bytes consumed so far, for progress.</summary>
    long Position { get; }

    ImportTally Tally { get; }
}
