using Casus.Store.Import.Csv;

namespace Casus.Store.Tests.Import.Csv;

public class DelimitedReaderTests
{
    private static List<string[]> ReadAll(string text, char delimiter = ',', bool quoted = true)
    {
        using var reader = new DelimitedReader(new StringReader(text), delimiter, quoted);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_newlines()
    {
        var rows = ReadAll("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\",\n2,,x,y,z\n");
        Assert.Equal(["a", "b, c", "say \"hi\"", "two\nlines", ""], rows[0]);
        Assert.Equal(["2", "", "x", "y", "z"], rows[1]);
    }

    [Fact]
    public void Classic_mac_and_windows_line_endings_split_rows()
    {
        Assert.Equal(3, ReadAll("a,b\rc,d\r\ne,f").Count);
    }

    [Fact]
    public void Tab_separated_rows_treat_quotes_as_text_when_unquoted()
    {
        var rows = ReadAll("1\t\"Iran\t\tx", '\t', quoted: false);
        Assert.Equal(["1", "\"Iran", "", "x"], rows[0]);
    }

    [Fact]
    public void Empty_lines_are_skipped_and_line_numbers_count_them()
    {
        using var reader = new DelimitedReader(new StringReader("a\n\n\nb\n"), ',', true);
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.Equal("b", reader.GetString(0));
        Assert.Equal(4, reader.LineNumber);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Cow_country_codes_file_with_cr_only_endings_reads_every_row()
    {
        var path = Casus.Testing.SharedCorpus.Data("cow-states", "COW-country-codes.csv");
        using var reader = DelimitedReader.Open(path, ',', true);
        var rows = 0;
        while (reader.Read()) rows++;
        Assert.Equal(File.ReadAllText(path).Split('\r', StringSplitOptions.RemoveEmptyEntries).Length, rows);
        Assert.True(rows > 200);
    }

    [Fact]
    public void Split_stops_at_max_fields_and_the_last_field_is_still_reachable()
    {
        using var reader = new DelimitedReader(new StringReader("a\tb\tc\td\thttp://x"), '\t', quoted: false) { MaxFields = 3 };
        Assert.True(reader.Read());
        Assert.Equal(3, reader.FieldCount);
        Assert.Equal("b", reader.GetString(1));
        Assert.Equal("c\td\thttp://x", reader.GetString(2));
        Assert.Equal("http://x", reader.LastField().ToString());
    }
}
