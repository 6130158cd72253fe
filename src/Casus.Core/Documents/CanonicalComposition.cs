using System.Globalization;
using System.Text;

namespace Casus.Core.Documents;

/// <summary>
/// Unicode Normalization Form C (UAX #15: canonical decomposition, canonical ordering, canonical composition)
/// from the table in <c>canonical-composition.tsv</c>. Casus builds with InvariantGlobalization, where
/// <see cref="string.Normalize(NormalizationForm)"/> returns its input, so without this an article saved in NFD
/// (macOS, some CMSs: "é" as "e" + U+0301, "й" as "и" + U+0306) was another document than the same article in
/// NFC and counted as corroboration (issue 16 item 9). Text without any code point at or above U+0300 is
/// returned as it is (nothing there decomposes or combines), so ASCII and Latin-1 news pays one scan.
/// </summary>
public static class CanonicalComposition
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Dictionary<int, byte> Classes = [];
    private static readonly Dictionary<int, int[]> Decompositions = [];
    private static readonly Dictionary<long, int> Compositions = [];

    /// <summary>Code points that are the second half of some composition: a boundary can never fall before one.</summary>
    private static readonly HashSet<int> Seconds = [];

    static CanonicalComposition()
    {
        using var stream = typeof(CanonicalComposition).Assembly.GetManifestResourceStream("Casus.Core.canonical-composition.tsv")
            ?? throw new InvalidOperationException("canonical-composition.tsv is not embedded in Casus.Core");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            var code = int.Parse(f[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (f[0] == "ccc")
            {
                Classes[code] = byte.Parse(f[2], CultureInfo.InvariantCulture);
                continue;
            }
            var parts = f[2].Split(' ').Select(p => int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            Decompositions[code] = parts;
            if (f[0] == "dec" && parts.Length == 2)
            {
                Compositions[Pair(parts[0], parts[1])] = code;
                Seconds.Add(parts[1]);
            }
        }
    }

    /// <summary>The text in NFC.</summary>
    public static string Compose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && text[i] < '\u0300') i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        // Segments start at a "safe" code point (class 0, no decomposition, never a composition's second half):
        // nothing before it can reorder or compose across it, so each segment is normalised on its own and memory
        // stays small however long the text.
        var start = 0;
        var segment = new List<int>(16);
        for (var pos = 0; pos < text.Length;)
        {
            if (char.IsSurrogate(text[pos]) && !(char.IsHighSurrogate(text[pos]) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1])))
            {
                // A lone surrogate is kept as it is and nothing composes across it.
                Flush(text.AsSpan(start, pos - start), segment, sb);
                sb.Append(text[pos]);
                start = ++pos;
                continue;
            }
            var rune = Rune.GetRuneAt(text, pos);
            if (IsSafeStart(rune.Value) && pos > start)
            {
                Flush(text.AsSpan(start, pos - start), segment, sb);
                start = pos;
            }
            pos += rune.Utf16SequenceLength;
        }
        Flush(text.AsSpan(start), segment, sb);
        return sb.ToString();
    }

    private static bool IsSafeStart(int cp) =>
        cp < 0x300 || (!Classes.ContainsKey(cp) && !Decompositions.ContainsKey(cp) && !Seconds.Contains(cp) && !IsHangul(cp));

    private static bool IsHangul(int cp) => cp is >= LBase and < 0x1200 or >= SBase and < SBase + SCount;

    private static void Flush(ReadOnlySpan<char> part, List<int> buffer, StringBuilder sb)
    {
        if (part.Length == 0) return;
        // A single safe code point (the common case in Cyrillic, Greek, Arabic, CJK text) is already NFC.
        if (part.Length <= 2 && Rune.DecodeFromUtf16(part, out var only, out var used) == System.Buffers.OperationStatus.Done && used == part.Length && IsSafeStart(only.Value))
        {
            sb.Append(part);
            return;
        }
        buffer.Clear();
        foreach (var rune in part.EnumerateRunes()) Decompose(rune.Value, buffer);
        Reorder(buffer);
        ComposeInPlace(buffer);
        foreach (var cp in buffer) sb.Append(new Rune(cp).ToString());
    }

    private static void Decompose(int cp, List<int> into)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            into.Add(LBase + s / NCount);
            into.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) into.Add(TBase + s % TCount);
            return;
        }
        if (Decompositions.TryGetValue(cp, out var parts))
            foreach (var p in parts) Decompose(p, into);
        else into.Add(cp);
    }

    private static int Class(int cp) => Classes.TryGetValue(cp, out var c) ? c : 0;

    /// <summary>Canonical ordering: each run of non-zero classes sorted by class, stably.</summary>
    private static void Reorder(List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var c = Class(cps[i]);
            if (c == 0) continue;
            var j = i;
            while (j > 0 && Class(cps[j - 1]) > c)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    private static void ComposeInPlace(List<int> cps)
    {
        if (cps.Count < 2) return;
        var starter = Class(cps[0]) == 0 ? 0 : -1;
        var lastClass = starter == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < cps.Count; read++)
        {
            var cp = cps[read];
            var cc = Class(cp);
            var adjacent = starter == write - 1;
            if (starter >= 0 && (adjacent || (lastClass != 0 && lastClass < cc)) && TryCompose(cps[starter], cp, out var composite))
            {
                cps[starter] = composite;
                continue;
            }
            if (cc == 0) starter = write;
            lastClass = cc;
            cps[write++] = cp;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
            return true;
        }
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }
        return Compositions.TryGetValue(Pair(first, second), out composite);
    }

    private static long Pair(int a, int b) => ((long)a << 21) | (uint)b;
}
