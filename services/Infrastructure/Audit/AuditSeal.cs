using System.Globalization;
using System.Text;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// The agency's organisation seal over its audit chain's head at one moment: a signed statement that
/// the chain held <see cref="ChainIndex"/> entries ending in <see cref="HeadHash"/>. Entries removed
/// from the end after it, or a chain rebuilt without them, no longer match it; the seal cannot be
/// redone without the organisation's key.
/// </summary>
public sealed class AuditSeal
{
    public long Id { get; private set; }

    /// <summary>The last entry the seal covers.</summary>
    public long ChainIndex { get; private set; }

    public byte[] HeadHash { get; private set; } = [];

    public DateTimeOffset SealedAt { get; private set; }

    /// <summary>Whose seal: the organisation's BIN, as the statement names it.</summary>
    public string Bin { get; private set; } = "";

    public string CertificateSerial { get; private set; } = "";

    /// <summary>A detached CMS (PKCS#7) over <see cref="Statement"/>, carrying the seal's certificate.</summary>
    public byte[] Signature { get; private set; } = [];

    AuditSeal() { }

    public static AuditSeal Of(long chainIndex, byte[] headHash, DateTimeOffset sealedAt, string bin, string certificateSerial, Func<byte[], byte[]> sign)
    {
        var seal = new AuditSeal
        {
            ChainIndex = chainIndex,
            HeadHash = headHash,
            // Whole milliseconds: what every provider keeps (SQLite here to 0.1 ms), so the statement is rebuilt from the time as read back.
            SealedAt = sealedAt.AddTicks(-(sealedAt.UtcTicks % TimeSpan.TicksPerMillisecond)).ToUniversalTime(),
            Bin = bin,
            CertificateSerial = certificateSerial,
        };
        seal.Signature = sign(seal.Statement());
        return seal;
    }

    /// <summary>What is signed: the seal's own fields, one per line, in a form a person can read.</summary>
    public byte[] Statement() => Encoding.UTF8.GetBytes(string.Join('\n',
        "nomad-audit-seal/1",
        $"bin: {Bin}",
        $"chain-index: {ChainIndex.ToString(CultureInfo.InvariantCulture)}",
        $"head-hash: {Convert.ToHexStringLower(HeadHash)}",
        $"sealed-at: {SealedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)}") + "\n");
}
