using System.Text;

namespace Casus.Present.Json;

/// <summary>PascalCase enum names to snake_case ("MutualDefence" → "mutual_defence", "ArmedGroup" → "armed_group").</summary>
public static class Snake
{
    public static string Of(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
