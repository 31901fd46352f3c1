using System.ComponentModel;
using System.Runtime.InteropServices;

namespace NomadPlatform.HubIntake.Infrastructure.Documents;

/// <summary>
/// Makes a directory's entries durable: a file flushed and then renamed into a directory is on disk, but
/// its new name is only in the directory, which the kernel writes back later. After a power cut the file
/// could be nameless while the database row that names it stands; <c>fsync</c> on the directory closes that.
/// </summary>
public static class DirectoryEntries
{
    const int ReadOnly = 0, CloseOnExec = 0x80000;

    /// <summary>
    /// Flushes <paramref name="directory"/>'s entries to disk on Linux. Elsewhere nothing to do: Windows
    /// journals a rename with the file system's metadata, and the services run on Linux.
    /// </summary>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux()) return;
        var descriptor = Open(directory, ReadOnly | CloseOnExec);
        if (descriptor < 0) throw Failure("open", directory);
        try
        {
            if (Sync(descriptor) != 0) throw Failure("fsync", directory);
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    static IOException Failure(string call, string directory) =>
        new($"{call} of the directory {directory} failed: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, which the services do not allow.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    static extern int Sync(int descriptor);

    [DllImport("libc", EntryPoint = "close")]
    static extern int Close(int descriptor);
}
