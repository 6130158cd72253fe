using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Casus.Cli.Rendering;

/// <summary>A writer on file descriptor 2 that bypasses System.Console's terminal handling (see Program.cs).</summary>
internal static class RawStderr
{
    public static TextWriter Create()
    {
        var stream = new FileStream(new SafeFileHandle(2, ownsHandle: false), FileAccess.Write, bufferSize: 1);
        return TextWriter.Synchronized(new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 256) { AutoFlush = true });
    }
}
