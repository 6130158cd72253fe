namespace Casus.Store.Import;

/// <summary>The dataset formats <c>casus import</c> understands.</summary>
public enum DatasetKind
{
    /// <summary>ATOP v5.x: member-level (preferred), alliance-level or phase-level CSV.</summary>
    Atop,
    /// <summary>ATOP v4.01: same layouts as v5.</summary>
    Atop4,
    /// <summary>COW Formal Alliances v4.1, member level.</summary>
    Cow,
    /// <summary>GDELT 1.0/2.0 raw events (TSV, no header) or derived event CSVs with a header.</summary>
    Gdelt,
}
