using System.Globalization;
using Casus.Core;
using Casus.Core.Claims;
using Casus.Core.Documents;
using C = Casus.Pipeline.Starter.StarterColumns;

namespace Casus.Pipeline.Starter;

/// <summary>Turns one tab-separated line into a checked <see cref="StarterRow"/>; every problem
/// becomes an <see cref="InputException"/> naming the input and line.</summary>
internal sealed class StarterRowParser(string inputName, Func<string, bool>? isKnownActor)
{
    public StarterRow Parse(string line, int lineNumber)
    {
        Exception Fail(string reason) => new InputException($"{inputName} line {lineNumber}: {reason}");

        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        if (cells.Length != C.Names.Length)
            throw Fail($"expected {C.Names.Length} tab-separated columns ({string.Join(", ", C.Names)}), found {cells.Length}");

        var source = Actor(cells[C.Source], "source", required: true, Fail)!;
        var statement = DocumentText.Normalise(cells[C.Statement]);
        if (statement.Length == 0) throw Fail("statement is empty");
        if (statement.Contains('\n')) throw Fail("statement must be one line");
        var outlet = Required(cells[C.Outlet], "outlet", Fail);
        var url = Required(cells[C.Url], "url", Fail);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            throw Fail($"url '{url}' is not an absolute http(s) URL");

        TieType? tieType = null;
        ActorStateKind? stateKind = null;
        if (cells[C.Type].Length > 0)
        {
            if (!TieTypeExtensions.TryParseSnake(cells[C.Type], out var t)) throw Fail($"unknown tie type '{cells[C.Type]}'");
            tieType = t;
        }
        if (cells[C.StateKind].Length > 0)
        {
            if (!ActorStateKindExtensions.TryParseSnake(cells[C.StateKind], out var k)) throw Fail($"unknown state kind '{cells[C.StateKind]}'");
            stateKind = k;
        }
        if ((tieType is null) == (stateKind is null))
            throw Fail("set exactly one of type (a tie) and state_kind (an actor state)");

        var target = Actor(cells[C.Target], "target", required: tieType is not null, Fail);
        if (stateKind is not null && target is not null) throw Fail("an actor state has no target");
        if (stateKind is not null && cells[C.Clauses].Length > 0) throw Fail("an actor state has no clauses");

        var modality = Modality.Asserted;
        if (cells[C.Modality].Length > 0 && !ModalityExtensions.TryParseSnake(cells[C.Modality], out modality))
            throw Fail($"unknown modality '{cells[C.Modality]}'");
        var conditionActor = Actor(cells[C.ConditionActor], "condition_actor", required: false, Fail);
        if (modality == Modality.Conditional && conditionActor is null) throw Fail("a conditional claim needs condition_actor");

        var validFrom = Date(cells[C.ValidFrom], "valid_from", Fail);
        var validUntil = Date(cells[C.ValidUntil], "valid_until", Fail);
        if (validFrom is not null && validUntil is not null && validUntil < validFrom)
            throw Fail($"valid_until {validUntil:yyyy-MM-dd} is before valid_from {validFrom:yyyy-MM-dd}");

        return new StarterRow(lineNumber, source, tieType, target, Sign(cells[C.Sign], Fail), modality,
            validFrom, validUntil, ClauseSyntax.Parse(cells[C.Clauses], Fail), Optional(cells[C.Context]),
            conditionActor, stateKind, Quantity(cells[C.Quantity], Fail), Optional(cells[C.Attribution]),
            statement, outlet, url, SourceDate(cells[C.Date], Fail));
    }

    /// <summary>The source's date, or the word <c>undated</c> for a source whose date is not known: an empty cell is
    /// still an error (a forgotten date), and a made-up one (a year's 1 January) would mislead <c>--known-by</c>.</summary>
    private static DateOnly? SourceDate(string cell, Func<string, Exception> fail)
    {
        if (cell.Equals("undated", StringComparison.OrdinalIgnoreCase)) return null;
        return Date(cell, "date", fail) ?? throw fail("date is required (YYYY-MM-DD, or 'undated')");
    }

    private string? Actor(string cell, string column, bool required, Func<string, Exception> fail)
    {
        if (cell.Length == 0) return required ? throw fail($"{column} is required") : null;
        if (cell.Any(char.IsWhiteSpace)) throw fail($"{column} '{cell}' is not an actor id");
        if (isKnownActor is not null && !isKnownActor(cell)) throw fail($"unknown actor '{cell}' in {column}");
        return cell;
    }

    private static DateOnly? Date(string cell, string column, Func<string, Exception> fail)
    {
        if (cell.Length == 0) return null;
        return DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw fail($"{column} '{cell}' is not a date (YYYY-MM-DD)");
    }

    private static int? Sign(string cell, Func<string, Exception> fail) => cell switch
    {
        "" => null,
        "+" or "+1" or "1" => +1,
        "-" or "-1" => -1,
        _ => throw fail($"sign '{cell}' must be +, - or empty"),
    };

    private static double? Quantity(string cell, Func<string, Exception> fail)
    {
        if (cell.Length == 0) return null;
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var q) && q >= 0
            ? q
            : throw fail($"quantity '{cell}' is not a non-negative number");
    }

    private static string Required(string cell, string column, Func<string, Exception> fail) =>
        cell.Length > 0 ? cell : throw fail($"{column} is required");

    private static string? Optional(string cell) => cell.Length > 0 ? cell : null;
}
