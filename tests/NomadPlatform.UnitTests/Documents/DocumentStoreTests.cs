using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.HubIntake.Infrastructure.Documents;

namespace NomadPlatform.UnitTests.Documents;

public sealed class DocumentStoreTests : IDisposable
{
    readonly string _root = Path.Combine(Path.GetTempPath(), $"nomad-store-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_document_is_stored_whole_under_its_hash_with_no_temporary_file_left()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        var store = new DocumentStore(Options.Create(new DocumentStoreOptions { Path = _root }), clock);
        var bytes = RandomNumberGenerator.GetBytes(200_000);

        var (sha256, size) = await store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256);
        Assert.Equal(bytes.Length, size);
        using (var stored = store.Open(sha256))
        using (var copy = new MemoryStream())
        {
            await stored.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }
        Assert.Equal([Path.Combine(_root, sha256[..2], sha256)], Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, File.GetLastWriteTimeUtc(Path.Combine(_root, sha256[..2], sha256)));
    }

    [Fact]
    public async Task The_same_bytes_stored_again_keep_one_file_and_take_the_later_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        var store = new DocumentStore(Options.Create(new DocumentStoreOptions { Path = _root }), clock);
        var (first, _) = await store.SaveAsync(new MemoryStream("the same CV"u8.ToArray()), CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(3));

        var (second, _) = await store.SaveAsync(new MemoryStream("the same CV"u8.ToArray()), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, File.GetLastWriteTimeUtc(Path.Combine(_root, first[..2], first)));
    }

    [Fact]
    public void Flushing_a_directory_reaches_the_kernel_and_a_missing_one_is_an_error_naming_it() // on Linux, where the services run
    {
        Directory.CreateDirectory(_root);
        DirectoryEntries.Flush(_root);

        var missing = Path.Combine(_root, "never-made");
        var failure = Assert.Throws<IOException>(() => DirectoryEntries.Flush(missing));
        Assert.Contains(missing, failure.Message);
        Assert.Contains("No such file or directory", failure.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
