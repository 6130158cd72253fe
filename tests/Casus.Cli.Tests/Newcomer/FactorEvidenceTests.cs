using System.Text.RegularExpressions;

namespace Casus.Cli.Tests.Newcomer;

/// <summary>Issue 12 item 4: a sentence cited for a factor supports it. A factor about one of the scenario's
/// parties ("has attacked or fought Israel", "attacked by the United States, the same enemy") must not cite a
/// sentence that names another party and none of the actors the factor is about (the US strikes on the Houthis
/// cited for fighting Israel). A sentence that names no other party (it refers back: "promised to do so") is not
/// judged here: what it refers to is the extractor's call.</summary>
public sealed class FactorEvidenceTests(StarterCorpusDatabase db) : IClassFixture<StarterCorpusDatabase>
{
    [Fact]
    public void No_factor_about_a_party_cites_a_sentence_about_another_party()
    {
        using var json = db.Json("scenario", "--target", "Iran", "--against", "Israel", "--joins", "United States", "--as-of", "2025-06-21");
        var scenario = json.RootElement.GetProperty("scenario");
        var parties = new[] { scenario.GetProperty("target").GetString()! }
            .Concat(scenario.GetProperty("attackers").EnumerateArray().Select(e => e.GetString()!))
            .Concat(scenario.GetProperty("joiners").EnumerateArray().Select(e => e.GetString()!)).ToList();
        var failures = new List<string>();
        var checkedFactors = 0;
        foreach (var verdict in json.RootElement.GetProperty("verdicts").EnumerateArray())
        {
            var judged = verdict.GetProperty("actor_id").GetString()!;
            foreach (var factor in verdict.GetProperty("factors").EnumerateArray())
            {
                var explanation = factor.GetProperty("explanation").GetString()!;
                // The actors the explanation names, other than the one judged.
                var about = db.Actors.Where(a => a.Id != judged && Regex.IsMatch(explanation, $@"(?<!\w){Regex.Escape(a.Name)}(?!\w)"))
                    .Select(a => a.Id).ToList();
                if (!about.Intersect(parties).Any()) continue;
                checkedFactors++;
                foreach (var evidence in factor.GetProperty("evidence").EnumerateArray())
                {
                    var sentence = evidence.GetProperty("sentence").GetString()!;
                    if (about.Any(id => db.Names(sentence, id))) continue;
                    var others = parties.Except(about).Where(id => id != judged && db.Names(sentence, id)).ToList();
                    if (others.Count > 0)
                        failures.Add($"{verdict.GetProperty("actor").GetString()} / {factor.GetProperty("name").GetString()}: \"{explanation}\" cites \"{sentence}\" (about {string.Join(", ", others)})");
                }
            }
        }
        Assert.True(checkedFactors > 10, $"only {checkedFactors} factors about a party: the scenario is not the one this test is about");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
