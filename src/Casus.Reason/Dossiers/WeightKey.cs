using Casus.Core.Claims;

namespace Casus.Reason.Dossiers;

/// <summary>
/// What a claim between a party and one actor weighs in the numbers, as one number: two such claims
/// with the same key, seen from the same actor, move every rule's tally the same way. A tally keeps only
/// its strongest values (<see cref="Factors.Tally"/>), so the numbers pass needs one holding claim per key,
/// not the dozens a well-reported tie accumulates; the explain pass still reads them all and checks that
/// its effects equal the numbers (a rule that starts reading another field fails loudly there, not silently).
/// </summary>
/// <remarks>The key holds what the rules read: direction, type, modality, sign; for treaties the clauses the
/// commitment and cross-pressure rules test; for hostility the report date the recency tests compare with
/// the as-of date. Hedged claims (a doubt cue in the sentence changes their weight) and conditional ones
/// (their weight depends on the trigger) have no key: each counts on its own.</remarks>
public static class WeightKey
{
    public static long? Of(in IndexedClaim claim, bool outgoing)
    {
        if (claim.Modality is Modality.Hedged or Modality.Conditional) return null;
        if (claim.Sign is < -1 or > 1 || (int)claim.Type is < 0 or > 255 || (int)claim.Modality is < 0 or > 31) return null;
        var key = (outgoing ? 1L : 0L) | (long)(claim.Sign + 1) << 1 | (long)claim.Modality << 3 | (long)claim.Type << 8;
        if (claim.Type == TieType.Treaty) key |= (long)claim.Clauses.Bits << 16;
        if (claim.Type == TieType.Hostility) key |= (long)(claim.Claim.Evidence.Date?.DayNumber ?? -1) << 32;
        return key;
    }
}
