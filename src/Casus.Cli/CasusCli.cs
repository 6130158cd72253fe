using System.CommandLine;
using Casus.Cli.Commands;
using Casus.Core;
using Casus.Pipeline;

namespace Casus.Cli;

/// <summary>
/// Builds the command tree and maps outcomes to exit codes: 0 success, 1 bad input (unknown
/// actor, unreadable file, nothing ingested), 2 bad usage (unknown flag, bad date or value),
/// 70 an internal error. Every failure is one line on stderr; nothing else escapes.
/// </summary>
public static class CasusCli
{
    public const int Ok = 0;
    public const int InputError = 1;
    public const int UsageError = 2;
    public const int InternalError = 70;

    public static int Run(string[] args)
    {
        var root = new RootCommand("Casus reads news about a crisis and answers who would help whom, how far, how likely, and on what evidence.")
        {
            GlobalOptions.Db,
            GlobalOptions.NoStarter,
            IngestCommand.Create(),
            RefreshCommand.Create(),
            ActorsCommand.Create(),
            TiesCommand.Create(),
            EvidenceCommand.Create(),
            DiffCommand.Create(),
            ScenarioCommand.Create(),
            BriefCommand.Create(),
            ServeCommand.Create(),
            EvalCommand.Create(),
            ImportCommand.Create(),
            FitCommand.Create(),
            ExportCommand.Create(),
        };
        BackupCommand.Register(root);
        // Piped output is read by scripts and tests: do not wrap tables at the 80-column default.
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 160;
        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (InputException e)
        {
            return Fail(e.Message, UsageError);
        }
        if (parsed.Errors.Count > 0)
        {
            // An unknown flag says more than the "required command" error it also causes.
            var message = parsed.UnmatchedTokens.Count > 0
                ? $"unknown option or argument '{CommonOptions.Clip(parsed.UnmatchedTokens[0])}'"
                : parsed.Errors[0].Message.TrimEnd('.');
            return Fail(message + " (see casus --help)", UsageError);
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            return Fail(e.Message, UsageError);
        }
        catch (InputException e)
        {
            return Fail(e.Message, InputError);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 11 or 26)
        {
            // The file is damaged (a truncated copy, flipped bits): the user's data, not a bug in casus.
            return Fail($"--db '{CommonOptions.Clip(WorkspaceOptions.ResolveDb(parsed.GetValue(GlobalOptions.Db)))}': damaged database ({e.Message}); `casus backup FILE` saves what can still be read", InputError);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail($"internal error ({e.GetType().Name}): {e.Message.Split('\n')[0]}", InternalError);
        }
    }

    /// <summary>Writes the one error line; newlines inside a message would break the promise.</summary>
    public static int Fail(string message, int code)
    {
        // Messages echo user input and page text (a URL, an actor name): no terminal escapes, one line.
        var line = Casus.Cli.Rendering.Text.Printable(message.ReplaceLineEndings(" ")).Replace('\n', ' ');
        Console.Error.WriteLine("casus: " + line);
        return code;
    }
}

/// <summary>A flag value the parser accepted but the command cannot use (maps to exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
