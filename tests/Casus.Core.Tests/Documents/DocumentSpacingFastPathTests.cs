using System.Text;
using System.Text.RegularExpressions;
using Casus.Core.Documents;

namespace Casus.Core.Tests.Documents;

/// <summary>Document ids are hashes of the normalised text, so the shortcut that skips spacing folding when there
/// is none must give exactly what the full folding gives. The reference below is the folding as it was before the
/// shortcut (character loop, then space-only lines emptied, then trim), run on random texts made of letters,
/// every kind of space, line breaks and carriage returns.</summary>
public sealed class DocumentSpacingFastPathTests
{
    private static string Reference(string text)
    {
        var s = DocumentText.NormaliseBefore2026_12(text);
        var sb = new StringBuilder(s.Length);
        var lineStart = true;
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (c == '\n') { sb.Append('\n'); lineStart = true; pendingSpace = false; continue; }
            if (c is ' ' or '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000')
            {
                if (lineStart) sb.Append(' ');
                else pendingSpace = true;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            lineStart = false;
            sb.Append(c);
        }
        return Regex.Replace(sb.ToString(), "(?m)^ +$", "").Trim();
    }

    [Fact]
    public void Normalise_equals_the_full_folding_on_random_spacing()
    {
        var alphabet = new[] { "a", "Kestria", ".", " ", " ", " ", "  ", "\t", "\u00A0", "\u2009", "\u3000", "\n", "\r\n", "\r", "\n\n", " \n" };
        var random = new Random(13);
        var folded = 0;
        for (var round = 0; round < 5000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var expected = Reference(text);
            Assert.Equal(expected, DocumentText.Normalise(text));
            if (expected != DocumentText.NormaliseBefore2026_12(text)) folded++;
        }
        Assert.True(folded > 100, "the random texts exercise the folding, not only the shortcut");
    }
}
