using System.Text.RegularExpressions;

namespace Casus.Cli.Tests.Newcomer;

/// <summary>Issue 12 item 4: a sentence cited for a factor supports it — it names an actor the factor's
/// explanation is about (a counterpart, or the group it is inherited through), not just the judged actor.</summary>
public sealed class FactorEvidenceTests(StarterCorpusDatabase db) : IClassFixture<StarterCorpusDatabase>
{
    [Fact]
    public void Every_cited_sentence_names_an_actor_its_factor_is_about()
    {
        using var json = db.Json("scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States", "--as-of", "2025-06-21");
        var failures = new List<string>();
        foreach (var verdict in json.RootElement.GetProperty("verdicts").EnumerateArray())
        {
            var judged = verdict.GetProperty("actor_id").GetString()!;
            foreach (var factor in verdict.GetProperty("factors").EnumerateArray())
            {
                var explanation = factor.GetProperty("explanation").GetString()!;
                // The actors the explanation names, other than the one judged (whose name every sentence about it has).
                var about = db.Actors.Where(a => a.Id != judged && Regex.IsMatch(explanation, $@"(?<!\w){Regex.Escape(a.Name)}(?!\w)"))
                    .Select(a => a.Id).ToList();
                if (about.Count == 0) continue;
                foreach (var evidence in factor.GetProperty("evidence").EnumerateArray())
                {
                    var sentence = evidence.GetProperty("sentence").GetString()!;
                    if (!about.Any(id => db.Names(sentence, id)))
                        failures.Add($"{verdict.GetProperty("actor").GetString()} / {factor.GetProperty("name").GetString()}: \"{explanation}\" cites \"{sentence}\"");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
