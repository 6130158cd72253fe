using Casus.Core.Actors;

namespace Casus.Present.Network;

/// <summary>
/// A deterministic layout (no physics, no randomness, so the same knowledge draws the same
/// picture): the focus in the centre, the opposing side in a column on the left, everyone else
/// on an arc (a full circle when there is no opposing side), in id order.
/// </summary>
public static class NetworkLayout
{
    public const double Width = 760;
    public const double Height = 520;

    public static IReadOnlyDictionary<ActorId, (double X, double Y)> Place(
        IReadOnlyList<NetworkNode> nodes, ActorId focus, IReadOnlyCollection<ActorId> opposing)
    {
        var at = new Dictionary<ActorId, (double X, double Y)>();
        var cx = Width / 2;
        var cy = Height / 2;
        at[focus] = (cx, cy);

        var left = nodes.Where(n => opposing.Contains(n.Id) && n.Id != focus).ToList();
        for (var i = 0; i < left.Count; i++)
            at[left[i].Id] = (70, Height * (i + 1) / (left.Count + 1));

        var ring = nodes.Where(n => n.Id != focus && !opposing.Contains(n.Id)).ToList();
        // With an opposing column the arc keeps clear of it: from -120° to +120° around the right.
        var (from, span) = left.Count > 0 ? (-Math.PI * 2 / 3, Math.PI * 4 / 3) : (-Math.PI / 2, Math.PI * 2);
        var radius = Math.Min(Width, Height) / 2 - 50;
        for (var i = 0; i < ring.Count; i++)
        {
            var step = left.Count > 0 ? (ring.Count == 1 ? 0.5 : (double)i / (ring.Count - 1)) : (double)i / ring.Count;
            var angle = from + span * step;
            at[ring[i].Id] = (cx + radius * Math.Cos(angle) + 40 * (left.Count > 0 ? 1 : 0), cy + radius * Math.Sin(angle));
        }
        return at;
    }
}
