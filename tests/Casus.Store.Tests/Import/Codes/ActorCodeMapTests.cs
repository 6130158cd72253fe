using Casus.Core;
using Casus.Core.Actors;
using Casus.Store.Import.Codes;

namespace Casus.Store.Tests.Import.Codes;

public class ActorCodeMapTests
{
    private const string Table = "# fictional codes\niso3\tcow_num\tcow_abb\tcameo\nZAN\t901\tZNB\tZAN | ZNR\nKRT\t902\tKRT\t\n";

    [Fact]
    public void Every_code_system_resolves_to_the_same_actor()
    {
        var map = ActorCodeMap.Parse(Table);
        var zan = new ActorId("ZAN");
        Assert.Equal(zan, map.FromCowNumber(901));
        Assert.Equal(zan, map.FromCowAbbrev("znb"));
        Assert.Equal(zan, map.FromCountryCode("ZAN"));
        Assert.Equal(zan, map.FromCountryCode("ZNR"));
    }

    [Fact]
    public void Iso3_is_a_country_code_even_without_a_cameo_column()
    {
        Assert.Equal(new ActorId("KRT"), ActorCodeMap.Parse(Table).FromCountryCode("KRT"));
    }

    [Fact]
    public void Table_without_header_is_read_in_the_documented_column_order()
    {
        var map = ActorCodeMap.Parse("ZAN\t901\tZNB\tZAN\n");
        Assert.Equal(new ActorId("ZAN"), map.FromCowNumber(901));
    }

    [Fact]
    public void Unknown_codes_resolve_to_nothing_and_cow_codes_get_a_stable_fallback()
    {
        var map = ActorCodeMap.Parse(Table);
        Assert.Null(map.FromCowNumber(245));
        Assert.Null(map.FromCountryCode("AFR"));
        Assert.Equal("cow-245", ActorCodeMap.CowFallback(245).Value);
    }

    [Fact]
    public void Row_without_an_id_is_an_input_error_naming_the_line()
    {
        var error = Assert.Throws<InputException>(() => ActorCodeMap.Parse("iso3\tcow_num\n\t901\n"));
        Assert.Contains(":2:", error.Message);
    }
}
