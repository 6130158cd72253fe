using Casus.Core;
using Casus.Core.Claims;
using Casus.Store.Import.Codes;

namespace Casus.Store.Tests.Import.Codes;

public class CameoTieMapTests
{
    [Fact]
    public void Longest_prefix_rule_wins()
    {
        var map = CameoTieMap.Parse("04\talignment\t+1\tconsult\n045\tmediation\t+1\tmediate\n");
        Assert.Equal(TieType.Mediation, map.Resolve("0451")!.Type);
        Assert.Equal(TieType.Alignment, map.Resolve("042")!.Type);
        Assert.Null(map.Resolve("010"));
    }

    [Fact]
    public void Shipped_table_maps_fighting_to_hostility_and_criticism_to_condemnation()
    {
        var map = CodeTables.Cameo.Value;
        Assert.Equal((TieType.Hostility, -1), (map.Resolve("190")!.Type, map.Resolve("190")!.Sign));
        Assert.Equal((TieType.Condemnation, -1), (map.Resolve("111")!.Type, map.Resolve("111")!.Sign));
        Assert.Equal(TieType.Threat, map.Resolve("1723")!.Type);
        Assert.Equal(TieType.ArmsSupply, map.Resolve("072")!.Type);
    }

    [Fact]
    public void Malformed_rule_is_an_input_error()
    {
        Assert.Throws<InputException>(() => CameoTieMap.Parse("19\thostile\t-1\n"));
        Assert.Throws<InputException>(() => CameoTieMap.Parse("19\thostility\t-2\n"));
    }
}
