using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Casus.Ingest.Feeds;

/// <summary>
/// Loads feed XML with DTDs prohibited, no resolver and a tiny entity budget: an XML bomb or an external
/// entity is refused before anything expands or is fetched. A DOCTYPE is reported in plain words first,
/// because XmlReader's own message talks about its settings.
/// </summary>
internal static partial class SecureXml
{
    [GeneratedRegex(@"<!DOCTYPE", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    public static XDocument Load(string origin, string text, long maxCharacters)
    {
        if (Doctype().IsMatch(text))
            throw InputFailure.Because(origin, "feed declares a DTD (<!DOCTYPE>); refused, since DTD entities allow XML bombs and external-entity reads");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw InputFailure.Because(origin, $"malformed feed XML at line {e.LineNumber}, column {e.LinePosition}: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
