using System.Globalization;
using System.Text.Json;
using Casus.Core.Actors;
using Casus.Core.Knowledge;
using Casus.Pipeline;
using Spectre.Console;

namespace Casus.Cli.Rendering;

/// <summary><c>casus actors</c>: a table of actors with their tie counts; <c>--candidates</c>: unknown names.</summary>
public static class ActorsView
{
    public static void Render(IReadOnlyList<Actor> actors, KnowledgeBase knowledge)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("actor").AddColumn("id").AddColumn("kind")
            .AddColumn(new TableColumn("ties").RightAligned()).AddColumn(new TableColumn("claims").RightAligned()).AddColumn("part of");
        foreach (var actor in actors)
        {
            table.AddRow(
                Text.Safe(actor.Name), Text.Safe(actor.Id.Value), actor.Kind.ToString(),
                knowledge.TiesOf(actor.Id).Count.ToString(CultureInfo.InvariantCulture),
                (knowledge.ClaimsOf(actor.Id).Count + knowledge.StatesOf(actor.Id).Count).ToString(CultureInfo.InvariantCulture),
                Text.Safe(string.Join(", ", actor.PartOf.Select(knowledge.NameOf))));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{actors.Count} actors");
    }

    public static void RenderCandidates(IReadOnlyList<CandidateActor> candidates)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("candidate actor").AddColumn(new TableColumn("documents").RightAligned());
        foreach (var c in candidates) table.AddRow(Text.Safe(c.Name), c.Documents.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{candidates.Count} names the lexicon does not know (add them to data/lexicon/groups.tsv to track them)");
    }
}

public static class ActorsJson
{
    public static void WriteCandidates(IReadOnlyList<CandidateActor> candidates, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var c in candidates)
        {
            json.WriteStartObject();
            json.WriteString("name", c.Name);
            json.WriteNumber("documents", c.Documents);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
