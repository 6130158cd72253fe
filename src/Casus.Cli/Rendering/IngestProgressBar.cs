using Casus.Pipeline;

namespace Casus.Cli.Rendering;

/// <summary>The ingest's progress bar on stderr (<see cref="BatchProgressBar"/>).</summary>
public static class IngestProgressBar
{
    public static IngestReport Run(Func<IProgress<IngestProgress>?, IngestReport> ingest) =>
        BatchProgressBar.Run("reading", ingest, p => (p.Done, p.Total, p.Current));
}
