using System.Globalization;
using System.Text;
using Casus.Fit;

namespace Casus.History;

/// <summary>A reliability diagram as a self-contained SVG: forecast probability (x) against observed frequency (y), one
/// series per event, each bin a dot sized by its count, the diagonal and the ±0.10 band the issue asks bins to stay in.</summary>
public static class ReliabilitySvg
{
    public static string Render(string title, IReadOnlyList<(string Label, string Colour, IReadOnlyList<ReliabilityBin> Bins)> series, int minCount = 20)
    {
        const int size = 420, pad = 50;
        var inv = CultureInfo.InvariantCulture;
        double X(double v) => pad + v * (size - 2 * pad);
        double Y(double v) => size - pad - v * (size - 2 * pad);
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size + 40}\" viewBox=\"0 0 {size} {size + 40}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        sb.Append(inv, $"<title>{Escape(title)}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.Append(inv, $"<text x=\"{size / 2}\" y=\"18\" text-anchor=\"middle\" font-size=\"13\">{Escape(title)}</text>\n");
        sb.Append(inv, $"<polygon points=\"{X(0):F1},{Y(0.1):F1} {X(0.9):F1},{Y(1):F1} {X(1):F1},{Y(1):F1} {X(1):F1},{Y(0.9):F1} {X(0.1):F1},{Y(0):F1} {X(0):F1},{Y(0):F1}\" fill=\"#eee\"/>\n");
        sb.Append(inv, $"<line x1=\"{X(0):F1}\" y1=\"{Y(0):F1}\" x2=\"{X(1):F1}\" y2=\"{Y(1):F1}\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>\n");
        sb.Append(inv, $"<rect x=\"{X(0):F1}\" y=\"{Y(1):F1}\" width=\"{X(1) - X(0):F1}\" height=\"{Y(0) - Y(1):F1}\" fill=\"none\" stroke=\"#333\"/>\n");
        for (var t = 0; t <= 10; t += 2)
        {
            var v = t / 10.0;
            sb.Append(inv, $"<text x=\"{X(v):F1}\" y=\"{Y(0) + 14:F1}\" text-anchor=\"middle\">{v:F1}</text><text x=\"{X(0) - 6:F1}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\">{v:F1}</text>\n");
        }
        sb.Append(inv, $"<text x=\"{size / 2}\" y=\"{Y(0) + 30:F1}\" text-anchor=\"middle\">forecast probability</text>\n");
        sb.Append(inv, $"<text transform=\"translate(14 {size / 2}) rotate(-90)\" text-anchor=\"middle\">observed frequency</text>\n");
        var legendY = size + 8;
        foreach (var (label, colour, bins) in series)
        {
            var points = bins.Where(b => b.Count > 0).ToArray();
            sb.Append(inv, $"<polyline fill=\"none\" stroke=\"{colour}\" points=\"{string.Join(' ', points.Select(b => string.Create(inv, $"{X(b.MeanForecast):F1},{Y(b.ObservedRate):F1}")))}\"/>\n");
            foreach (var b in points)
            {
                var r = 2 + 2 * Math.Log10(1 + b.Count);
                var fill = b.Count >= minCount ? colour : "white";
                sb.Append(inv, $"<circle cx=\"{X(b.MeanForecast):F1}\" cy=\"{Y(b.ObservedRate):F1}\" r=\"{r:F1}\" fill=\"{fill}\" stroke=\"{colour}\"><title>{Escape(label)}: forecast {b.MeanForecast:F3}, observed {b.ObservedRate:F3}, n = {b.Count}</title></circle>\n");
            }
            sb.Append(inv, $"<circle cx=\"{pad}\" cy=\"{legendY}\" r=\"5\" fill=\"{colour}\"/><text x=\"{pad + 10}\" y=\"{legendY + 4}\">{Escape(label)} (filled: bins with n ≥ {minCount}; grey band: within 0.10)</text>\n");
            legendY += 16;
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
