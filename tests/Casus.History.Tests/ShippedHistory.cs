using Casus.History;
using Casus.Pipeline.Data;
using Casus.Pipeline.History;

namespace Casus.History.Tests;

/// <summary>The shipped history, parsed once for every test in the assembly (the case base takes seconds).</summary>
public sealed class ShippedHistory
{
    public ShippedData Data { get; } = ShippedData.Embedded();
    public HistoryKnowledge Knowledge { get; }
    public Lazy<IReadOnlyList<HistoricalOutcome>> Outcomes { get; }

    public ShippedHistory()
    {
        Knowledge = new HistoryKnowledge(Data);
        Outcomes = new(() => Knowledge.Outcomes());
    }
}

[CollectionDefinition(Name)]
public sealed class ShippedHistoryCollection : ICollectionFixture<ShippedHistory>
{
    public const string Name = "shipped history";
}
