using Casus.Core.Claims;

namespace Casus.Store.Import.Atop;

/// <summary>
/// ATOP's obligation flags and the member-level condition dummies that limit each one, in words
/// (codebook v5.1, section "conditions": DEFCOADV … CONCOREQ). These are the codebook's fixed
/// definitions, not world knowledge, so they live beside the reader.
/// </summary>
internal static class AtopConditions
{
    public sealed record Obligation(ClauseKind Kind, string Flag, string AnyCondition, (string Column, string Words)[] Conditions);

    public static readonly Obligation[] All =
    [
        new(ClauseKind.MutualDefence, "defense", "defcon",
        [
            ("defcoadv", "only against a particular adversary"),
            ("defcoloc", "only for conflict in a particular location"),
            ("defcocon", "only in a particular ongoing conflict"),
            ("defconum", "depending on the number of adversaries"),
            ("defcodem", "only if demands set in the agreement are met"),
            ("defconpr", "only if the ally does not provoke the adversary"),
        ]),
        new(ClauseKind.Offence, "offense", "offcon",
        [
            ("offcoadv", "only against a particular adversary"),
            ("offcoloc", "only for conflict in a particular location"),
            ("offcocon", "only in a particular ongoing conflict"),
            ("offconum", "depending on the number of adversaries"),
            ("offcodem", "only if demands set in the agreement are met"),
        ]),
        new(ClauseKind.Neutrality, "neutral", "neucon",
        [
            ("neucoadv", "only against a particular adversary"),
            ("neucoloc", "only for conflict in a particular location"),
            ("neucocon", "only in a particular ongoing conflict"),
            ("neuconum", "depending on the number of adversaries"),
            ("neucodem", "only if demands set in the agreement are met"),
            ("neuconpr", "only if the ally does not provoke the adversary"),
            ("neucoatt", "only if the ally is attacked"),
        ]),
        new(ClauseKind.NonAggression, "nonagg", "", []),
        new(ClauseKind.Consultation, "consul", "concon",
        [
            ("concoadv", "only against a particular adversary"),
            ("concoloc", "only for crisis in a particular location"),
            ("concocon", "only in a particular ongoing conflict"),
            ("concoreq", "only when an ally requests it"),
        ]),
    ];

    /// <summary>SPECTHRT values (codebook: the threat the agreement names, which does not by itself limit it).</summary>
    public static string? SpecificThreat(int? code) => code switch
    {
        1 => "specific state(s)",
        2 => "a specific region",
        3 => "specific state(s) acting in a specific region",
        4 => "a specific ongoing conflict",
        5 => "conflict with domestic groups or non-state actors",
        6 => "another alliance",
        _ => null,
    };
}
