namespace Casus.Cli.Rendering;

/// <summary>JSON goes straight to stdout as UTF-8 bytes (no console encoding in between), ending with a newline.</summary>
public static class JsonOutput
{
    public static void Write(Action<Stream> write)
    {
        Console.Out.Flush();
        using var stdout = Console.OpenStandardOutput();
        var buffer = new MemoryStream();
        write(buffer);
        buffer.WriteByte((byte)'\n');
        buffer.Position = 0;
        buffer.CopyTo(stdout);
        stdout.Flush();
    }
}
