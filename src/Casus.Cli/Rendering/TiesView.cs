using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Present;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary><c>casus ties ACTOR</c>: a tree of partners, their ties, and each tie's claims with evidence; then the actor's states.</summary>
public static class TiesView
{
    /// <param name="console">Where to write (the terminal when null).</param>
    /// <param name="limit">Only the partners with the most claims (<see cref="TiesLimit"/>), still listed
    /// by name, and a closing line saying what was left out; null shows every partner.</param>
    public static void Render(KnowledgeBase knowledge, Actor actor, DateOnly? asOf, IAnsiConsole? console = null, int? limit = null)
    {
        var kept = TiesLimit.Keep(knowledge, actor.Id, limit);
        var ties = kept.Ties;
        var tree = new Tree($"[bold]{Text.Safe(actor.Name)}[/] ({Text.Safe(actor.Id.Value)}) — {kept.TotalTies} ties{(asOf is null ? "" : " as of " + Text.Date(asOf))}");
        foreach (var partner in ties.GroupBy(t => t.Source == actor.Id ? t.Target : t.Source).OrderBy(g => knowledge.NameOf(g.Key), StringComparer.OrdinalIgnoreCase))
        {
            var node = tree.AddNode($"[bold]{Text.Safe(knowledge.NameOf(partner.Key))}[/]");
            foreach (var tie in partner)
            {
                var tieNode = node.AddNode(ClaimText.Tie(tie, knowledge));
                foreach (var claim in tie.Claims) tieNode.AddNode(ClaimText.Claim(claim));
            }
        }
        var states = knowledge.StatesOf(actor.Id);
        if (states.Count > 0)
        {
            var stateNode = tree.AddNode("[bold]states[/]");
            foreach (var state in states)
            {
                var quantity = state.Quantity is null ? "" : " " + Text.Number(state.Quantity.Value, "#,0");
                stateNode.AddNode($"{state.Kind.ToString()}{quantity} {ClaimText.Modality(state.Modality)} {Text.Quote(state.Evidence.Sentence, 160)} [grey]— {ClaimText.Source(state.Evidence)}[/]");
            }
        }
        if (kept.OmittedPartners > 0)
            tree.AddNode($"[grey]{kept.OmittedPartners} more of {kept.TotalPartners} partners ({kept.OmittedTies} of {kept.TotalTies} ties), with fewer claims, left out (--limit {limit}).[/]");
        (console ?? AnsiConsole.Console).Write(tree);
    }
}
