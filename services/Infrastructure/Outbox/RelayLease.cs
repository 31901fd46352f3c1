namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>
/// Which instance of a service may relay its outbox, until when. One row per relayed outbox; the epoch
/// counts hand-overs, so a log line or a test can tell a renewal from a takeover.
/// </summary>
public sealed class RelayLease
{
    public const string Outbox = "outbox";

    public required string Name { get; init; }
    public required string Holder { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public long Epoch { get; set; }
}
