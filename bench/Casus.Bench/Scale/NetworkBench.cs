using System.Diagnostics;
using Casus.Core.Scenarios;
using Casus.Reason;
using Casus.Store;
using Casus.Store.Postgres;
using Npgsql;

namespace Casus.Bench.Scale;

/// <summary>
/// The synthetic network into a fresh PostgreSQL schema: import rate (documents and claims per
/// second through the batched COPY path), database size, <c>ties</c> latency through the
/// source/target indexes, full knowledge load, and scenario latency over the whole network.
/// </summary>
internal static class NetworkBench
{
    public static void Run(string server, int actors, int ties, int claims, bool loadAll)
    {
        var network = new SyntheticNetwork(actors, ties, claims);
        var degrees = network.Degrees();
        var byDegree = Enumerable.Range(0, actors).OrderByDescending(i => degrees[i]).ToArray();
        Console.WriteLine($"synthetic network: {actors:N0} actors, {ties:N0} ties, {claims:N0} claims; hub degree {degrees[byDegree[0]]:N0}, " +
                          $"median degree {degrees[byDegree[actors / 2]]:N0}");

        var schema = "casus_bench_" + Environment.ProcessId;
        var baseConnection = PostgresConnectionString.Normalise(server);
        Execute(baseConnection, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        try
        {
            using var store = new PostgresStore(new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema }.ConnectionString);
            store.UpsertActors(network.ActorList());
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var batch = new List<DocumentWithClaims>(200);
            var documents = 0;
            foreach (var doc in network.Documents())
            {
                batch.Add(doc);
                if (batch.Count == 200) { documents += store.AddDocuments(batch); batch.Clear(); }
            }
            documents += store.AddDocuments(batch);
            var seconds = clock.Elapsed.TotalSeconds;
            self.Refresh();
            var clientCpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine($"import: {documents:N0} documents, {claims:N0} claims in {seconds:0.0} s = {Measure.Rate(claims / seconds)} claims, " +
                              $"{Measure.Rate(documents / seconds)} documents (generation included); client CPU {clientCpu:0.0} s, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            Console.WriteLine($"database size: {store.SizeOnDisk() / 1e6:0} MB ({store.SizeOnDisk() / (double)claims:0} bytes/claim incl. documents and indexes)");

            var hub = SyntheticNetwork.ActorIdOf(byDegree[0]);
            var median = SyntheticNetwork.ActorIdOf(byDegree[actors / 2]);
            var hubClaims = 0;
            var (hub50, hub95) = Measure.Latency(10, () => hubClaims = store.TieClaimsOf(hub).Count);
            var (med50, med95) = Measure.Latency(20, () => store.TieClaimsOf(median));
            Console.WriteLine($"ties (PostgreSQL, index): hub {hub} {hubClaims:N0} claims p50 {hub50:0.0} ms p95 {hub95:0.0} ms; " +
                              $"median actor p50 {med50:0.0} ms p95 {med95:0.0} ms");
            if (!loadAll) return;

            clock.Restart();
            var knowledge = store.LoadKnowledge(network.ActorList());
            Console.WriteLine($"load whole network into memory: {clock.Elapsed.TotalSeconds:0.0} s, managed heap {GC.GetTotalMemory(true) / 1e9:0.0} GB");
            var (kb50, kb95) = Measure.Latency(20, () => knowledge.TiesOf(median));
            Console.WriteLine($"ties (in-memory knowledge base): median actor p50 {kb50:0.00} ms p95 {kb95:0.00} ms");

            var engine = ScenarioEngine.FromWeights(File.ReadAllText(BenchPaths.Data("reasoning", "weights.tsv")));
            var scenario = new Scenario(hub, [SyntheticNetwork.ActorIdOf(byDegree[1])], [SyntheticNetwork.ActorIdOf(byDegree[2])], null);
            var verdicts = 0;
            var (sc50, sc95) = Measure.Latency(5, () => verdicts = engine.Evaluate(knowledge, scenario).Verdicts.Count);
            Console.WriteLine($"scenario (hub attacked by the next two hubs, whole network): {verdicts:N0} verdicts p50 {sc50:0} ms p95 {sc95:0} ms (target <= 50 ms)");
            var asOf = scenario with { AsOf = new DateOnly(2015, 1, 1) };
            var (as50, _) = Measure.Latency(3, () => engine.Evaluate(knowledge.AsOf(asOf.AsOf), asOf));
            Console.WriteLine($"scenario with --as-of 2015-01-01 (AsOf filter included): p50 {as50:0} ms");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Execute(baseConnection, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        command.ExecuteNonQuery();
    }
}
