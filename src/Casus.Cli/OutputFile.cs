using Casus.Core;
using Casus.Ingest;

namespace Casus.Cli;

/// <summary>
/// Writes <c>--out</c> files and backups. A regular file (or a new one) appears only when complete:
/// written beside it, flushed to disk, then renamed over it. A symlink is written through (the rename
/// happens at its final target, so the link stays a link), and a device or FIFO (/dev/stdout,
/// /dev/full) is written in place: renaming over those would replace the device node itself. Every
/// write error, a full disk included, is one line naming the file.
/// </summary>
public static class OutputFile
{
    /// <param name="what">What is written, for the error line ("--out", "the backup").</param>
    public static void Write(string path, string what, Action<Stream> write)
    {
        try
        {
            if (Directory.Exists(path)) throw new InputException($"{what} '{path}': is a directory; give a file path");
            // Devices, FIFOs and /dev/stdout-style links (/proc/self/fd/1 may point at a pipe, or at a file the
            // shell opened for appending) are written in place, through the link.
            if (File.Exists(path) && (FileKind.NotRegular(path) is not null || InSystemFolder(Path.GetFullPath(path))))
            {
                using var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
                write(device);
                device.Flush();
                return;
            }
            var target = Resolve(path);
            var partial = target + ".partial";
            try
            {
                using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    write(file);
                    file.Flush(flushToDisk: true);
                }
                File.Move(partial, target, overwrite: true);
            }
            catch
            {
                try { File.Delete(partial); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"{what} '{path}': cannot write ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
    }

    private static bool InSystemFolder(string full) =>
        full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);

    /// <summary>The path a symlink finally points at (relative targets resolved), or the path itself.</summary>
    public static string Resolve(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null) return Path.GetFullPath(path);
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
    }
}
