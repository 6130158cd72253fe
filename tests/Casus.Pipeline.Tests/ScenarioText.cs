using System.Globalization;
using System.Text;
using Casus.Core.Scenarios;

namespace Casus.Pipeline.Tests;

/// <summary>A scenario answer as text, for comparing two ways of computing it.</summary>
internal static class ScenarioText
{
    /// <summary>Every verdict's numbers, factors, explanations and cited evidence, in order.</summary>
    public static string Describe(ScenarioResult result)
    {
        var text = new StringBuilder();
        foreach (var v in result.Verdicts)
        {
            text.Append(v.Actor.Value).Append('|').Append(v.ActorName).Append('|').Append(v.Level).Append('|').Append(v.Cap).Append('|');
            foreach (var p in v.Probabilities) text.Append(p.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            foreach (var f in v.Factors)
            {
                text.Append('\n').Append(f.Name).Append(' ').Append(f.Effect.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(f.Explanation);
                foreach (var e in f.Evidence) text.Append('\n').Append(e);
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
