namespace Casus.Ingest.Tests;

/// <summary>The fictional fixture files copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
