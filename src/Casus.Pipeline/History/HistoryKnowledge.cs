using Casus.Fit;
using Casus.History;
using Casus.Pipeline.Data;
using Casus.Reason;

namespace Casus.Pipeline.History;

/// <summary>
/// The shipped historical knowledge (data/history/*.tsv, embedded: nothing to import) wired for the CLI:
/// the structural index, the case base, the fitted model of data/reasoning/structural.tsv and the outside view.
/// </summary>
public sealed class HistoryKnowledge
{
    private readonly ShippedData _data;
    private readonly Lazy<StructuralIndex> _index;

    public HistoryKnowledge(ShippedData data)
    {
        _data = data;
        _index = new Lazy<StructuralIndex>(() => StructuralIndex.Parse(f => data.Read("history/" + f)));
    }

    public StructuralIndex Index => _index.Value;

    /// <summary>Every third-party outcome of the case base, with its features.</summary>
    public IReadOnlyList<HistoricalOutcome> Outcomes() => CaseBase.Load(_data.Read("history/cases.tsv"), Index);

    /// <summary>(split year, folds) from data/history/split.tsv, fixed before any fit.</summary>
    public (int SplitYear, int Folds) Split()
    {
        int year = 0, folds = 0;
        foreach (var raw in _data.Read("history/split.tsv").Split('\n'))
        {
            var cells = raw.TrimEnd('\r').Split('\t');
            if (cells.Length < 2 || raw.StartsWith('#')) continue;
            if (cells[0] == "split_year") year = int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture);
            if (cells[0] == "cv_folds") folds = int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        return year > 0 && folds > 1 ? (year, folds) : throw new Core.InputException("data/history/split.tsv: split_year and cv_folds are required");
    }

    /// <summary>Fits the outside-view model on every outcome and returns the weights file's text.</summary>
    public (string Text, OrdinalFit Fit, int Outcomes) FitWeights()
    {
        var outcomes = Outcomes();
        var fit = StructuralModel.Fit(outcomes);
        return (StructuralModel.Format(fit, outcomes), fit, outcomes.Count);
    }

    /// <summary>The shipped fitted model, or null when this build has none yet.</summary>
    public StructuralModel? Model() => _data.Find(StructuralModel.FileName) is { } text ? StructuralModel.Parse(text) : null;

    public OutsideView? View() => Model() is { } model
        ? new OutsideView(Index, model, _data.Read("lexicon/country-codes.tsv"), OutsideViewSettings.Parse(_data.Read("reasoning/outside-view.tsv")))
        : null;

    /// <summary>The shipped verdict model (data/reasoning/verdict.tsv) on the text engine's ladder, or null.</summary>
    public VerdictModel? Verdicts(IScenarioEngine text) =>
        text is ScenarioEngine engine && _data.Find(VerdictModel.FileName) is { } file ? VerdictModel.Parse(file, engine.Ladder) : null;

    /// <summary>The text engine with the outside view joined, through the fitted verdict model when one is shipped
    /// (the text engine alone when no structural model is shipped).</summary>
    public IScenarioEngine Decorate(IScenarioEngine text) => View() is { } view ? new OutsideViewEngine(text, view, Verdicts(text)) : text;

    /// <summary>The same engine without the fitted verdict model (the text weight joins the views): what the verdict
    /// model is fitted on and compared with.</summary>
    public IScenarioEngine DecorateUnfitted(IScenarioEngine text) => View() is { } view ? new OutsideViewEngine(text, view) : text;
}
