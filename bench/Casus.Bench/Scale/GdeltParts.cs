using Casus.Store.Import.Csv;

namespace Casus.Bench.Scale;

/// <summary>Where GDELT import time goes: line reading alone, then splitting, on the same file.</summary>
internal static class GdeltParts
{
    public static void Run(string path)
    {
        var lines = Measure.BestSeconds(2, () =>
        {
            using var text = new StreamReader(path, System.Text.Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
            while (text.ReadLine() is not null) { }
        });
        var split = Measure.BestSeconds(2, () =>
        {
            using var reader = DelimitedReader.Open(path, '\t', quoted: false);
            long n = 0;
            while (reader.Read()) n += reader[7].Length;
        });
        Console.WriteLine($"ReadLine only {lines:0.000} s; ReadLine + split {split:0.000} s");
    }
}
