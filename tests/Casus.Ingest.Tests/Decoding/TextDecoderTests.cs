using System.Text;
using Casus.Core;
using Casus.Ingest.Decoding;

namespace Casus.Ingest.Tests.Decoding;

public sealed class TextDecoderTests
{
    private static string Decode(byte[] bytes, IngestOptions? options = null) =>
        new TextDecoder(options ?? IngestOptions.Default).Decode(new InputSource("in.txt", bytes));

    [Fact]
    public void Size_cap_is_configurable()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 2048));
        Assert.Equal(2048, Decode(bytes).Length);
        var e = Assert.Throws<InputException>(() => Decode(bytes, new IngestOptions { MaxDocumentBytes = 1024 }));
        Assert.StartsWith("in.txt: too large", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_without_bom_is_read_exactly() =>
        Assert.Equal("Ostmark – “quoted” ✓", Decode(Encoding.UTF8.GetBytes("Ostmark – “quoted” ✓")));

    [Fact]
    public void Crlf_and_lone_cr_become_lf() => Assert.Equal("a\nb\nc", Decode("a\r\nb\rc"u8.ToArray()));

    [Fact]
    public void Tabs_and_newlines_survive_sanitising() => Assert.Equal("a\tb\n", TextSanitiser.Clean("a\tb\n"));

    [Fact]
    public void Few_control_characters_are_stripped_but_a_mass_of_them_is_binary()
    {
        Assert.Equal("Ostmark and Valdoria", Decode([.. "Ostmark and"u8, 0x01, .. " Valdoria"u8]));
        var mostlyControls = Enumerable.Repeat((byte)0x02, 100).Concat("text"u8.ToArray()).ToArray();
        Assert.Contains("binary file (mostly control characters)", Assert.Throws<InputException>(() => Decode(mostlyControls)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_without_bom_is_rejected_as_binary_rather_than_guessed() =>
        Assert.Contains("binary file", Assert.Throws<InputException>(() => Decode(Encoding.Unicode.GetBytes("Ostmark"))).Message, StringComparison.Ordinal);
}
