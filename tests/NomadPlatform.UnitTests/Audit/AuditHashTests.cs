using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.UnitTests.Audit;

public sealed class AuditHashTests
{
    static readonly DateTimeOffset At = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
    static readonly Guid Case = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void An_entry_without_trace_or_reason_hashes_as_entries_linked_before_those_fields_existed()
    {
        var entry = AuditEntry.Of(At, "870816371471", "MigrationOfficer", "read:case", Case, "940726400019", "case");

        Assert.Equal(FirstFormat(entry, 1, AuditHash.Genesis), AuditHash.Of(entry, 1, AuditHash.Genesis));
    }

    [Fact]
    public void A_trace_and_a_reason_each_change_the_hash_and_cannot_stand_in_for_each_other()
    {
        var plain = AuditEntry.Of(At, "870816371471", "ConsularOfficer", "read:person", null, "940726400019", "person");
        var withReason = AuditEntry.Of(At, "870816371471", "ConsularOfficer", "read:person", null, "940726400019", "person", "court-order");

        Assert.NotEqual(AuditHash.Of(plain, 1, AuditHash.Genesis), AuditHash.Of(withReason, 1, AuditHash.Genesis));
        // The same text as a trace (tag 1) or as a reason (tag 2) encodes differently.
        var traceOnly = typeof(AuditEntry).GetProperty(nameof(AuditEntry.TraceParent))!;
        var asTrace = AuditEntry.Of(At, "870816371471", "ConsularOfficer", "read:person", null, "940726400019", "person");
        traceOnly.SetValue(asTrace, "court-order");
        Assert.NotEqual(AuditHash.Of(asTrace, 1, AuditHash.Genesis), AuditHash.Of(withReason, 1, AuditHash.Genesis));
    }

    /// <summary>The encoding of entries linked from the audit log's first day: the previous hash, then every field length-prefixed.</summary>
    static byte[] FirstFormat(AuditEntry entry, long index, byte[] previous)
    {
        var bytes = new List<byte>(previous);
        void Number(long value)
        {
            var buffer = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(buffer, value);
            bytes.AddRange(buffer);
        }
        void Text(string? text)
        {
            if (text is null) { Number(-1); return; }
            var utf8 = Encoding.UTF8.GetBytes(text);
            Number(utf8.Length);
            bytes.AddRange(utf8);
        }
        Number(index);
        Number(entry.Id);
        Number(entry.At.UtcTicks);
        Text(entry.Actor);
        Text(entry.ActorRole);
        Text(entry.Action);
        Text(entry.CaseId?.ToString());
        Text(entry.SubjectIin);
        Text(entry.What);
        return SHA256.HashData(bytes.ToArray());
    }
}
