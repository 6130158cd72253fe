using System.Net;
using System.Text;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Api;

/// <summary>
/// Issue 16: a hub's ties answer (33 MB) was built whole in memory for every client, twice over;
/// 20 clients took the server to 5 GB. Big answers now stream out in chunks as they are written, so
/// a request holds a small buffer, not its answer.
/// </summary>
public class StreamedResponseTests
{
    [Theory]
    [InlineData("api/ties/Zembla")]
    [InlineData("api/evidence?a=Zembla&b=Ardania")]
    [InlineData("api/export/json")]
    [InlineData("api/export/csv-evidence")]
    public async Task Large_answer_streams_in_chunks_and_is_whole(string path)
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        var sentence = "Zembla may yet send help to Ardania " + new string('x', 1_200_000) + " end-of-sentence.";
        var upload = await server.Client.PostAsync("api/documents", new StringContent(sentence, Encoding.UTF8, "text/markdown"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        using var response = await server.Client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TransferEncodingChunked == true, "a large answer is sent chunked, as written");
        Assert.Null(response.Content.Headers.ContentLength);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length > 1_200_000);
        Assert.Contains("end-of-sentence.", body);
    }

    [Fact]
    public async Task Export_download_still_names_its_file()
    {
        await using var server = await RunningServer.Start(new FictionalBackend());
        using var response = await server.Client.GetAsync("api/export/graphml?as_of=2031-04-01");
        Assert.Equal("casus-2031-04-01.graphml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
