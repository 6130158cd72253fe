namespace Casus.Pipeline.Tests.Starter;

/// <summary>Builds fictional facts.tsv text for parser tests (Ruritania and friends, not the news).</summary>
internal static class StarterFixture
{
    public const string Header =
        "# source\ttype\ttarget\tsign\tmodality\tvalid_from\tvalid_until\tclauses\tcontext\tcondition_actor\tstate_kind\tquantity\tattribution\tstatement\toutlet\turl\tdate";

    public static string Row(string source = "RUR", string type = "treaty", string target = "GRN", string sign = "",
        string modality = "", string validFrom = "", string validUntil = "", string clauses = "", string context = "",
        string conditionActor = "", string stateKind = "", string quantity = "", string attribution = "",
        string statement = "Ruritania and Grand Fenwick signed a pact of friendship in 2031.",
        string outlet = "The Zenda Herald", string url = "https://example.org/zenda/pact", string date = "2031-05-01") =>
        string.Join('\t', source, type, target, sign, modality, validFrom, validUntil, clauses, context, conditionActor,
            stateKind, quantity, attribution, statement, outlet, url, date);

    public static string File(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";
}
