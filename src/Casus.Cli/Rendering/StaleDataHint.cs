using Casus.Pipeline;

namespace Casus.Cli.Rendering;

/// <summary>
/// One line on stderr when the database's knowledge was built from older data than this casus ships
/// (new aliases and cue words, corrected starter facts): answers would differ after <c>casus refresh</c>.
/// Costs one metadata read; never on stdout, so JSON stays clean.
/// </summary>
public static class StaleDataHint
{
    public static void WarnIfBehind(CasusWorkspace workspace)
    {
        var stored = workspace.StoredDataVersion;
        if (stored == workspace.DataVersion) return;
        if (Casus.Pipeline.Refresh.DataVersions.IsNewer(stored, workspace.DataVersion))
        {
            Console.Error.WriteLine($"casus: database data version {stored} is newer than this casus's {workspace.DataVersion}: answers use the older lexicon (do not run `casus refresh` with this casus)");
            return;
        }
        Console.Error.WriteLine($"casus: database data version {stored ?? "unrecorded"}, shipped {workspace.DataVersion}: run `casus refresh`");
    }
}
