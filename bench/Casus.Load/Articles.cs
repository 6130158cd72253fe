using System.Globalization;
using System.Text;

namespace Casus.Load;

/// <summary>Invented articles (real actor names, sentences written here) for writes and for a large database.
/// Each is distinct (its number is in the text), so every write is a new document.</summary>
public static class Articles
{
    /// <summary>Writers' articles are about these: parties with no part in what the readers ask (Iran, Israel, the
    /// United States), so the read answers stay the same size while writes run and the phases compare like with like.</summary>
    private static readonly string[] Actors = ["Venezuela", "Cuba", "Nicaragua", "Bolivia", "Serbia", "Hungary", "Armenia", "Azerbaijan", "Ethiopia", "Eritrea", "Sudan", "Chad"];

    private static readonly string[] Cues =
    [
        "{0} pledged to support {1} if it is attacked",
        "{0} signed a defence pact with {1}",
        "{0} sent drones and ammunition to {1}",
        "{0} condemned {1} over the strikes",
        "{0} held talks with {1} on military cooperation",
        "{0} said it stands with {1}",
    ];

    /// <summary>About <paramref name="sentences"/> sentences; <paramref name="subject"/> (e.g. Russia) is in every sentence when given.</summary>
    public static string Make(long number, int sentences = 16, string? subject = null)
    {
        var random = new Random((int)(number % int.MaxValue) ^ 0x5eed);
        var date = new DateOnly(2024, 1, 1).AddDays((int)(number % 700));
        var sb = new StringBuilder();
        sb.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\noutlet: Load Wire ").Append(number % 40).Append("\n\n");
        sb.Append("Report ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(" from the load tool\n\n");
        for (var i = 0; i < sentences; i++)
        {
            var a = subject ?? Actors[random.Next(Actors.Length)];
            var b = Actors[random.Next(Actors.Length)];
            if (b == a) b = a == "Cuba" ? "Bolivia" : "Cuba";
            var cue = Cues[random.Next(Cues.Length)];
            sb.Append(char.ToUpperInvariant(string.Format(CultureInfo.InvariantCulture, cue, a, b)[0]))
              .Append(string.Format(CultureInfo.InvariantCulture, cue, a, b)[1..])
              .Append(", officials said in statement ").Append(number.ToString(CultureInfo.InvariantCulture)).Append('-').Append(i).Append(". ");
            if (i % 4 == 3) sb.Append("\n\n");
        }
        return sb.ToString();
    }
}
