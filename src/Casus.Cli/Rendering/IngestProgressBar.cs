using Casus.Pipeline;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary>A progress bar on stderr while a batch runs, when stderr is a terminal; stdout stays clean for tables and JSON.</summary>
public static class IngestProgressBar
{
    public static IngestReport Run(Func<IProgress<IngestProgress>?, IngestReport> ingest)
    {
        if (Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") == "true") return ingest(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", autoStart: true, maxValue: 1);
                report = ingest(new InlineProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(Text.Clip(Path.GetFileName(p.Current), 40));
                }));
            });
        return report!;
    }

    /// <summary>Reports synchronously on the ingesting thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
