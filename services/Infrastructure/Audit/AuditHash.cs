using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// An entry's link: SHA-256 over the previous entry's hash and every field of the entry (its id and
/// place in the chain included), each field length-prefixed so that no two entries encode alike.
/// </summary>
public static class AuditHash
{
    public const int Length = 32;

    /// <summary>What the first entry follows.</summary>
    public static readonly byte[] Genesis = new byte[Length];

    public static byte[] Of(AuditEntry entry, long chainIndex, byte[] previousHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(previousHash);
        Append(hash, chainIndex);
        Append(hash, entry.Id);
        Append(hash, entry.At.UtcTicks);
        Append(hash, entry.Actor);
        Append(hash, entry.ActorRole);
        Append(hash, entry.Action);
        Append(hash, entry.CaseId?.ToString());
        Append(hash, entry.SubjectIin);
        Append(hash, entry.What);
        // Fields added after the first chains were linked: hashed only when present, each after its own
        // tag, so an entry linked before them verifies as it did and no two entries encode alike.
        AppendOptional(hash, 1, entry.TraceParent);
        AppendOptional(hash, 2, entry.Reason);
        return hash.GetHashAndReset();
    }

    static void AppendOptional(IncrementalHash hash, long tag, string? text)
    {
        if (text is null) return;
        Append(hash, tag);
        Append(hash, text);
    }

    static void Append(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        hash.AppendData(bytes);
    }

    static void Append(IncrementalHash hash, string? text)
    {
        if (text is null)
        {
            Append(hash, -1);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        Append(hash, bytes.Length);
        hash.AppendData(bytes);
    }
}
