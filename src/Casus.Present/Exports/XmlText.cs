using System.Text;
using System.Xml;

namespace Casus.Present.Exports;

/// <summary>Drops characters XML 1.0 cannot carry (control characters from scraped pages) so a
/// hostile name cannot make the export throw or produce a file Gephi refuses.</summary>
internal static class XmlText
{
    public static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
