using System.Runtime.InteropServices;

namespace Casus.Ingest;

/// <summary>
/// What a path is after following its symlinks, without opening it: opening a FIFO blocks until a
/// writer comes, and reading /dev/zero never ends (its size says 0), so only regular files are read.
/// .NET exposes no file type, so this asks the runtime's own native shim (libSystem.Native, shipped
/// with every .NET runtime and used by System.IO itself), whose FileStatus starts with two int32s:
/// flags, then the mode with the S_IFMT type bits.
/// </summary>
public static partial class FileKind
{
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharDevice = 0x2000, Directory = 0x4000, BlockDevice = 0x6000, Regular = 0x8000, Socket = 0xC000;

    /// <summary>Null for a regular file (or when the type cannot be told), else what it is ("a FIFO").</summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        int mode;
        try
        {
            var status = new byte[512]; // the struct is about 120 bytes; room to spare across versions
            if (Stat(path, status) != 0) return null; // missing or unreadable: the read reports it
            mode = BitConverter.ToInt32(status, 4);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return (mode & TypeMask) switch
        {
            Regular => null,
            Fifo => "a FIFO (named pipe)",
            CharDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            Directory => "a folder",
            _ => "not a regular file",
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
