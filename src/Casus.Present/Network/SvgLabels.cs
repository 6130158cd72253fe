using Casus.Core.Actors;

namespace Casus.Present.Network;

/// <summary>
/// Keeps the network picture's labels apart: each node's box (circle and the label under it, its
/// width estimated from the name's length) is moved away from the focus, a step at a time, until it
/// overlaps no box placed before it (the focus first, then in the given order). Deterministic.
/// </summary>
public static class SvgLabels
{
    public const double CharWidth = 6.4;   // 11px sans-serif, a little generous
    public const double LabelHeight = 14;

    public readonly record struct Box(double X1, double Y1, double X2, double Y2)
    {
        public bool Overlaps(Box o) => X1 < o.X2 && o.X1 < X2 && Y1 < o.Y2 && o.Y1 < Y2;
    }

    public static Box BoxOf(double x, double y, double r, string label)
    {
        var half = Math.Max(r, label.Length * CharWidth / 2);
        return new Box(x - half - 2, y - r - 2, x + half + 2, y + r + 12 + 4);
    }

    public static void Separate(Dictionary<ActorId, (double X, double Y)> at, IReadOnlyList<NetworkNode> nodes, ActorId focus, Func<ActorId, double> radius)
    {
        var (cx, cy) = at[focus];
        var placed = new List<Box>();
        foreach (var node in nodes.OrderByDescending(n => n.Id == focus))
        {
            var (x, y) = at[node.Id];
            var box = BoxOf(x, y, radius(node.Id), node.Name);
            for (var step = 0; step < 400 && placed.Any(box.Overlaps); step++)
            {
                var (dx, dy) = (x - cx, y - cy);
                var length = Math.Sqrt(dx * dx + dy * dy);
                (dx, dy) = length < 1e-9 ? (0, 1) : (dx / length, dy / length);
                (x, y) = (x + dx * 12, y + dy * 12);
                box = BoxOf(x, y, radius(node.Id), node.Name);
            }
            at[node.Id] = (x, y);
            placed.Add(box);
        }
    }
}
