using Casus.Core.Claims;

namespace Casus.Core.Knowledge;

/// <summary>
/// Which outlet a piece of evidence comes from, for counting independent outlets. A web address names its
/// outlet by host (<c>www.thenationalnews.com</c> is one outlet whether a curated starter row calls it
/// "The National" or the article's header "The National (Abu Dhabi)"); without one, the outlet's name with a
/// trailing qualifier in brackets dropped and case ignored; without either, the document itself.
/// </summary>
public static class SourceKey
{
    public static string Of(Evidence evidence)
    {
        if (evidence.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return "host:" + (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant();
        if (evidence.Outlet is { Length: > 0 } outlet) return "outlet:" + OutletName(outlet);
        return "document:" + evidence.DocumentId;
    }

    /// <summary>"The National (Abu Dhabi)" and "the national" alike read "the national".</summary>
    public static string OutletName(string outlet)
    {
        var name = outlet.Trim();
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0 && name.EndsWith(')')) name = name[..bracket];
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}
