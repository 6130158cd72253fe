using System.Globalization;
using Casus.Core;
using Casus.Core.Actors;
using Casus.Core.Claims;
using Casus.Core.Knowledge;
using Casus.Present.Json;

namespace Casus.Present.Workbench;

/// <summary>
/// Which claims a picture, timeline or table keeps: tie types (or whole families: "security"),
/// sign, modalities, outlets, a date range over the claim's own date, and the kinds of actor at
/// the far end. An absent part keeps everything; <see cref="None"/> keeps every claim.
/// </summary>
public sealed record ClaimFilter(
    IReadOnlySet<TieType>? Types = null,
    int? Sign = null,
    IReadOnlySet<Modality>? Modalities = null,
    IReadOnlySet<string>? Outlets = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlySet<string>? PartnerKinds = null)
{
    public static ClaimFilter None { get; } = new();

    public bool IsEmpty => this == None;

    /// <summary>Whether the claim passes; <paramref name="focus"/>'s own kind is never filtered (only the others').</summary>
    public bool Keeps(TieClaim claim, KnowledgeBase knowledge, ActorId? focus = null)
    {
        if (Types is not null && !Types.Contains(claim.Type)) return false;
        if (Sign is { } s && Math.Sign(claim.Sign) != s) return false;
        if (Modalities is not null && !Modalities.Contains(claim.Modality)) return false;
        if (Outlets is not null && !Outlets.Contains(claim.Evidence.Outlet ?? "")) return false;
        if (From is not null || To is not null)
        {
            if (claim.EffectiveDate is not { } d) return false;
            if (From is { } f && d < f) return false;
            if (To is { } t && d > t) return false;
        }
        if (PartnerKinds is not null)
        {
            if (claim.Source != focus && !PartnerKinds.Contains(KindOf(knowledge, claim.Source))) return false;
            if (claim.Target != focus && !PartnerKinds.Contains(KindOf(knowledge, claim.Target))) return false;
        }
        return true;
    }

    public static string KindOf(KnowledgeBase knowledge, ActorId id) =>
        knowledge.Find(id)?.Kind is { } k ? Snake.Of(k.ToString()) : "unknown";

    /// <summary>From comma-separated query values ("security,arms_supply", "+", "asserted,hedged", ...);
    /// an unknown value is an <see cref="InputException"/> naming the parameter.</summary>
    public static ClaimFilter Parse(string? types = null, string? sign = null, string? modality = null, string? outlet = null,
        string? from = null, string? to = null, string? kind = null)
    {
        HashSet<TieType>? typeSet = null;
        foreach (var item in Items(types))
        {
            typeSet ??= [];
            if (RelationFamilies.TryParse(item, out var family)) typeSet.UnionWith(RelationFamilies.Members(family));
            else if (TieTypeExtensions.TryParseSnake(item, out var type)) typeSet.Add(type);
            else throw new InputException($"type: '{Clip(item)}' is not a tie type or family (security, economic, political, hostile, or one of {string.Join(", ", Enum.GetValues<TieType>().Select(t => t.ToSnake()))})");
        }
        HashSet<Modality>? modalities = null;
        foreach (var item in Items(modality))
        {
            modalities ??= [];
            if (!ModalityExtensions.TryParseSnake(item, out var m) || !Enum.IsDefined(m))
                throw new InputException($"modality: '{Clip(item)}' is not one of {string.Join(", ", Enum.GetValues<Modality>().Select(x => x.ToSnake()))}");
            modalities.Add(m);
        }
        int? signValue = (sign ?? "").Trim().ToLowerInvariant() switch
        {
            "" => null,
            "+" or "+1" or "1" or "cooperative" or "positive" => 1,
            "-" or "-1" or "hostile" or "negative" => -1,
            var other => throw new InputException($"sign: '{Clip(other)}' is not cooperative (+) or hostile (-)"),
        };
        var kinds = Items(kind).Select(k => k.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var known = new HashSet<string>(Enum.GetValues<ActorKind>().Select(k => Snake.Of(k.ToString()))) { "unknown" };
        if (kinds.FirstOrDefault(k => !known.Contains(k)) is { } bad)
            throw new InputException($"kind: '{Clip(bad)}' is not one of {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        var outlets = Items(outlet).ToHashSet(StringComparer.Ordinal);
        var filter = new ClaimFilter(typeSet, signValue, modalities, outlets.Count > 0 ? outlets : null,
            Date(from, "from"), Date(to, "to"), kinds.Count > 0 ? kinds : null);
        if (filter.From is { } a && filter.To is { } b && a > b) throw new InputException($"from: {a:yyyy-MM-dd} is after to ({b:yyyy-MM-dd})");
        return filter.Types is null && filter.Sign is null && filter.Modalities is null && filter.Outlets is null
            && filter.From is null && filter.To is null && filter.PartnerKinds is null ? None : filter;
    }

    private static IEnumerable<string> Items(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new InputException($"{name}: '{Clip(text)}' is not a date (expected YYYY-MM-DD)");
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";

    // Record equality compares the sets by reference; None's parts are all null, which is what IsEmpty asks.
    public bool Equals(ClaimFilter? other) => other is not null && Types == other.Types && Sign == other.Sign && Modalities == other.Modalities
        && Outlets == other.Outlets && From == other.From && To == other.To && PartnerKinds == other.PartnerKinds;

    public override int GetHashCode() => HashCode.Combine(Sign, From, To);
}
