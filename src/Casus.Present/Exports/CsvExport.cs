using Casus.Core.Claims;
using Casus.Core.Knowledge;

namespace Casus.Present.Exports;

/// <summary>Ties (one row per tie) and evidence (one row per claim) as CSV for spreadsheets.</summary>
public static class CsvExport
{
    public static void WriteTies(KnowledgeBase knowledge, TextWriter writer)
    {
        CsvCell.Row(writer, "source_id", "source", "target_id", "target", "type", "sign", "modality",
            "from", "until", "claims", "distinct_outlets", "contested");
        foreach (var tie in knowledge.AllTies())
        {
            CsvCell.Row(writer,
                CsvCell.Text(tie.Source.Value), CsvCell.Text(knowledge.NameOf(tie.Source)),
                CsvCell.Text(tie.Target.Value), CsvCell.Text(knowledge.NameOf(tie.Target)),
                tie.Type.ToSnake(), CsvCell.Number(tie.Sign), tie.StrongestModality.ToSnake(),
                CsvCell.Date(tie.From), CsvCell.Date(tie.Until),
                CsvCell.Number(tie.Corroboration), CsvCell.Number(tie.DistinctOutlets),
                tie.IsContested ? "true" : "false");
        }
    }

    public static void WriteEvidence(KnowledgeBase knowledge, TextWriter writer)
    {
        CsvCell.Row(writer, "source_id", "target_id", "type", "sign", "modality", "attribution",
            "valid_from", "valid_until", "document", "outlet", "date", "url", "start", "end", "sentence");
        foreach (var claim in knowledge.Claims.OrderBy(c => c.Source.Value, StringComparer.Ordinal)
                     .ThenBy(c => c.Target.Value, StringComparer.Ordinal).ThenBy(c => c.Type)
                     .ThenBy(c => c.Evidence.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Start))
        {
            var e = claim.Evidence;
            CsvCell.Row(writer,
                CsvCell.Text(claim.Source.Value), CsvCell.Text(claim.Target.Value),
                claim.Type.ToSnake(), CsvCell.Number(claim.Sign), claim.Modality.ToSnake(),
                CsvCell.Text(claim.Attribution), CsvCell.Date(claim.ValidFrom), CsvCell.Date(claim.ValidUntil),
                CsvCell.Text(e.DocumentId), CsvCell.Text(e.Outlet), CsvCell.Date(e.Date), CsvCell.Text(e.Url),
                CsvCell.Number(e.Start), CsvCell.Number(e.End), CsvCell.Text(e.Sentence));
        }
    }
}
