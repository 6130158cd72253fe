using System.Collections.Concurrent;
using Casus.Core.Scenarios;
using Casus.Web.Hosting;

namespace Casus.Web.Api;

/// <summary>
/// The scenario engine is pure and deterministic (same knowledge, same scenario, same bytes), so
/// the server keeps the serialised answers of recent scenarios — permalinks and briefs repeat
/// them — and drops them all when the knowledge changes (the backend's generation moves on).
/// Size 0 turns it off (the load benchmark measures both). The answers held are bounded in bytes
/// too (<see cref="MaxBytes"/>): a whole-network scenario can be megabytes, and 256 of them are not.
/// Concurrent requests for one answer that is not held compute it once (the others wait for it): after each
/// upload every reader of a popular scenario misses at the same moment, and each computing its own copy is what
/// starved reads while writes ran (issue 16).
/// </summary>
public sealed class ScenarioCache(int capacity)
{
    /// <summary>At most this many bytes of answers are kept; a single answer over a quarter of it is not kept at all.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, byte[]> _answers = new(StringComparer.Ordinal);
    private long _bytes;

    /// <summary>Answers being computed now, so that concurrent askers share one computation.</summary>
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _computing = new(StringComparer.Ordinal);

    /// <param name="limit">Part of the key: the same scenario with another limit is another answer.</param>
    /// <param name="knownBy">Part of the key too: judged on less of the record, the answer differs.</param>
    public byte[] GetOrAdd(ICasusBackend backend, Scenario scenario, int? limit, Func<byte[]> compute, DateOnly? knownBy = null)
    {
        if (capacity <= 0) return compute();
        var key = Key(backend.Generation, scenario, limit, knownBy);
        if (_answers.TryGetValue(key, out var hit)) return hit;
        var pending = _computing.GetOrAdd(key, _ => new Lazy<byte[]>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var answer = pending.Value;
            if (answer.LongLength > MaxBytes / 4) return answer;
            // Crude but bounded: when full, start over rather than track recency.
            if (_answers.Count >= capacity || Interlocked.Read(ref _bytes) + answer.LongLength > MaxBytes)
            {
                _answers.Clear();
                Interlocked.Exchange(ref _bytes, 0);
            }
            if (_answers.TryAdd(key, answer)) Interlocked.Add(ref _bytes, answer.LongLength);
            return answer;
        }
        finally
        {
            // Held answers are found above from now on (a failed computation is retried by the next asker).
            _computing.TryRemove(new KeyValuePair<string, Lazy<byte[]>>(key, pending));
        }
    }

    private static string Key(long generation, Scenario s, int? limit, DateOnly? knownBy) =>
        string.Join('|', generation, s.Target.Value, string.Join(',', s.Attackers.Select(a => a.Value)),
            string.Join(',', s.Joiners.Select(j => j.Value)), s.AsOf?.DayNumber ?? -1, limit ?? -1, knownBy?.DayNumber ?? -1);
}
