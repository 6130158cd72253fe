using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary>A progress bar on stderr while a batch runs, when stderr is a terminal; stdout stays clean for tables and JSON.
/// <paramref name="read"/> says how far a progress report is: done, total and the item at hand.</summary>
public static class BatchProgressBar
{
    public static TResult Run<TResult, TProgress>(string label, Func<IProgress<TProgress>?, TResult> work,
        Func<TProgress, (int Done, int Total, string Current)> read)
    {
        if (Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") == "true") return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var result = default(TResult);
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, autoStart: true, maxValue: 1);
                result = work(new InlineProgress<TProgress>(p =>
                {
                    var (done, total, current) = read(p);
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                    // Spectre refuses an empty description: the last report (or a URL ending in "/") names no file.
                    var name = Path.GetFileName(current ?? "");
                    task.Description = Text.Safe(Text.Clip(!string.IsNullOrWhiteSpace(name) ? name : !string.IsNullOrWhiteSpace(current) ? current : label, 40));
                }));
            });
        return result!;
    }

    /// <summary>Reports synchronously on the working thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
