using System.CommandLine;
using Casus.Core.Scenarios;
using Casus.Pipeline;

namespace Casus.Cli.Commands;

/// <summary>
/// <c>--target X --against Y [--against ...] [--joins Z ...] [--as-of DATE] [--known-by DATE] [--limit N]</c>, shared by
/// <c>scenario</c> and <c>brief</c>. With none of them given, <c>brief</c> asks the question Casus
/// was built for: the United States joining Israel's war on Iran.
/// </summary>
public sealed class ScenarioOptions
{
    public const string DefaultTarget = Casus.Core.Scenarios.DefaultQuestion.Target;
    public static readonly string[] DefaultAttackers = [.. Casus.Core.Scenarios.DefaultQuestion.Attackers];
    public static readonly string[] DefaultJoiners = [.. Casus.Core.Scenarios.DefaultQuestion.Joiners];

    public Option<string?> Target { get; } = new("--target") { Description = "The actor attacked (whose allies may help)" };
    public Option<string[]> Against { get; } = new("--against") { Description = "An attacker (repeatable)", AllowMultipleArgumentsPerToken = false };
    public Option<string[]> Joins { get; } = new("--joins") { Description = "An actor joining the attackers (repeatable)", AllowMultipleArgumentsPerToken = false };
    public Option<DateOnly?> AsOf { get; } = CommonOptions.AsOf();
    public Option<DateOnly?> KnownBy { get; } = CommonOptions.KnownBy();
    public Option<int?> Limit { get; } = CommonOptions.Limit();

    public void AddTo(Command command)
    {
        command.Add(Target);
        command.Add(Against);
        command.Add(Joins);
        command.Add(AsOf);
        command.Add(KnownBy);
        command.Add(Limit);
    }

    /// <summary>Resolves the names into a scenario; with <paramref name="defaultToIranQuestion"/>, no options means the default question.</summary>
    public Scenario Build(ParseResult parsed, CasusWorkspace workspace, bool defaultToIranQuestion)
    {
        var target = parsed.GetValue(Target);
        var against = parsed.GetValue(Against) ?? [];
        var joins = parsed.GetValue(Joins) ?? [];
        if (defaultToIranQuestion && target is null && against.Length == 0 && joins.Length == 0)
            (target, against, joins) = (DefaultTarget, DefaultAttackers, DefaultJoiners);
        if (string.IsNullOrWhiteSpace(target)) throw new UsageException("--target is required (the actor attacked)");
        if (against.Length == 0) throw new UsageException("--against is required (at least one attacker)");

        var targetId = workspace.ResolveActor(target).Id;
        var attackers = against.Select(a => workspace.ResolveActor(a).Id).Distinct().ToList();
        var joiners = joins.Select(j => workspace.ResolveActor(j).Id).Distinct().Except(attackers).ToList();
        if (attackers.Contains(targetId) || joiners.Contains(targetId))
            throw new UsageException($"'{workspace.Knowledge().NameOf(targetId)}' cannot be both the target and on the attacking side");
        // "What could we have known on D" asks about the world on D unless the user names another date.
        return new Scenario(targetId, attackers, joiners, parsed.GetValue(AsOf) ?? parsed.GetValue(KnownBy));
    }
}
