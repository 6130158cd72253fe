namespace Casus.Web.Tests.Seeded;

/// <summary>
/// The server keeps views of its knowledge for the dates recently asked (fewer than asked here, so
/// views are dropped and rebuilt while requests run): answers under concurrent requests must be
/// the answers of the same requests one at a time.
/// </summary>
public class SeedDatedViewTests(SeedServerFixture seed) : IClassFixture<SeedServerFixture>
{
    [Fact]
    public async Task Concurrent_dated_requests_answer_as_the_same_requests_one_at_a_time()
    {
        string[] dates = ["2020-01-01", "2024-06-01", "2025-01-01", "2025-06-17", "2025-06-20", "2025-06-21"];
        var paths = dates.SelectMany(d => new[] { $"api/ties/Iran?as_of={d}", $"api/export/json?as_of={d}", $"api/evidence?a=Russia&b=Iran&as_of={d}" }).ToList();
        var alone = new Dictionary<string, string>();
        foreach (var path in paths) alone[path] = await Body(path);
        Assert.NotEqual(alone[paths[0]], alone[paths[^3]]); // the dates change the answers

        var shuffled = Enumerable.Range(0, 4).SelectMany(_ => paths).OrderBy(p => Random.Shared.Next()).ToList();
        var together = await Task.WhenAll(shuffled.Select(async p => (Path: p, Body: await Body(p))));
        Assert.All(together, answer => Assert.True(alone[answer.Path] == answer.Body, $"{answer.Path} answered differently under load"));
    }

    private async Task<string> Body(string path)
    {
        using var response = await seed.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
