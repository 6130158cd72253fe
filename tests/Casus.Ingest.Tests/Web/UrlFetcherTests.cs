using System.Net;
using System.Text;
using Casus.Core;
using Casus.Ingest.Web;

namespace Casus.Ingest.Tests.Web;

public sealed class UrlFetcherTests
{
    private static void Send(HttpListenerContext c, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        c.Response.ContentType = contentType;
        c.Response.OutputStream.Write(bytes);
    }

    [Fact]
    public void Fetched_html_is_dispatched_by_content_type_and_sent_with_the_casus_user_agent()
    {
        string? agent = null;
        using var server = new LocalServer(c =>
        {
            agent = c.Request.UserAgent;
            Send(c, "text/html; charset=utf-8", "<html><body><article><p>Valdoria opened a fictional consulate in Ostmark.</p></article></body></html>");
        });
        var doc = Assert.Single(new DocumentReaders().ReadUrl(server.Url("/story")));
        Assert.Equal("Valdoria opened a fictional consulate in Ostmark.", doc.Text);
        Assert.Equal(server.Url("/story"), doc.Url);
        Assert.StartsWith("Casus/", agent, StringComparison.Ordinal);
        Assert.Contains("(+https://github.com/casus)", agent, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirects_are_followed_up_to_the_limit()
    {
        using var server = new LocalServer(c =>
        {
            var n = int.Parse(c.Request.Url!.AbsolutePath.Trim('/'), System.Globalization.CultureInfo.InvariantCulture);
            if (n > 0) { c.Response.StatusCode = 302; c.Response.RedirectLocation = $"/{n - 1}"; return; }
            Send(c, "text/plain", "A fictional plain-text story at the end of the chain.");
        });
        Assert.Single(new DocumentReaders().ReadUrl(server.Url("/5")));
        var e = Assert.Throws<InputException>(() => new DocumentReaders().ReadUrl(server.Url("/6")));
        Assert.Contains("too many redirects", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversize_body_stops_the_download_with_a_clear_error()
    {
        using var server = new LocalServer(c =>
        {
            c.Response.SendChunked = true;
            var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            for (var i = 0; i < 64; i++) c.Response.OutputStream.Write(chunk);
        });
        var options = new IngestOptions { MaxDownloadBytes = 1024 * 1024 };
        var e = Assert.Throws<InputException>(() => new DocumentReaders(options).ReadUrl(server.Url("/big")));
        Assert.Contains("download limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slow_server_times_out()
    {
        using var server = new LocalServer(_ => Thread.Sleep(3000));
        var options = new IngestOptions { FetchTimeout = TimeSpan.FromMilliseconds(300) };
        var e = Assert.Throws<InputException>(() => new DocumentReaders(options).ReadUrl(server.Url("/slow")));
        Assert.Contains("timed out", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_error_status_is_reported()
    {
        using var server = new LocalServer(c => c.Response.StatusCode = 404);
        var e = Assert.Throws<InputException>(() => new DocumentReaders().ReadUrl(server.Url("/missing")));
        Assert.Equal(server.Url("/missing") + ": HTTP 404 Not Found", e.Message);
    }

    [Theory]
    [InlineData("ftp://example.org/file.txt")]
    [InlineData("file:///etc/passwd")]
    public void Only_http_and_https_are_fetched(string url)
    {
        using var fetcher = new UrlFetcher();
        Assert.Contains("not an http(s) URL", Assert.Throws<InputException>(() => fetcher.Fetch(url)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_content_type_yields_one_document_per_item()
    {
        using var server = new LocalServer(c => Send(c, "application/rss+xml", File.ReadAllText(Fixtures.Path("feed.rss"))));
        Assert.Equal(2, new DocumentReaders().ReadUrl(server.Url("/feed")).Count);
    }
}
