using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace NomadPlatform.HubIntake.Infrastructure.Documents;

/// <summary>
/// Content-addressed file store for uploaded documents (<c>{root}/{sha[0..2]}/{sha}</c>). A file is
/// written to a temporary name, flushed to disk, then renamed into place and its directory flushed, so a
/// stored document is whole and keeps its name through a crash or a power cut; the same bytes are stored
/// once. Storing bytes already held renews the file's time, so the clean-up never removes a file just
/// uploaded again.
/// </summary>
public sealed class DocumentStore(IOptions<DocumentStoreOptions> options, TimeProvider time)
{
    public async Task<(string Sha256, long Size)> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        var root = Directory.CreateDirectory(options.Value.Path).FullName;
        var temporary = Path.Combine(root, $".upload-{Guid.NewGuid():N}");
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                file.Flush(flushToDisk: true);
                size = file.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            // File times are kept on the service's clock, which is what the clean-up compares them with.
            var storedAt = time.GetUtcNow().UtcDateTime;
            File.SetLastWriteTimeUtc(temporary, storedAt);
            var target = PathOf(sha256);
            var directory = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(directory))
            {
                Directory.CreateDirectory(directory);
                DirectoryEntries.Flush(root);
            }
            try
            {
                File.SetLastWriteTimeUtc(target, storedAt);
            }
            catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
            {
                File.Move(temporary, target, overwrite: true);
                DirectoryEntries.Flush(directory);
            }
            return (sha256, size);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    /// <summary>Removes the file unless it was stored again at or after <paramref name="unchangedSince"/>.</summary>
    public void Delete(string sha256, DateTimeOffset unchangedSince)
    {
        var path = PathOf(sha256);
        if (File.Exists(path) && File.GetLastWriteTimeUtc(path) < unchangedSince.UtcDateTime) File.Delete(path);
    }

    string PathOf(string sha256) => Path.Combine(options.Value.Path, sha256[..2], sha256);
}
