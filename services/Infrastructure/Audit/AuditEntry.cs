using System.Diagnostics;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// One line of an agency's audit log: who (an officer's IIN and role, an organisation's BIN, or a system)
/// did or saw what about whose case — the names of what was read or changed, never the data itself.
/// Appended in the same transaction as the write it records; linked into the hash chain a moment later
/// by <see cref="AuditChainLinker"/>, after which any change, removal or reordering shows.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Order of insertion (the database's).</summary>
    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>An IIN, a BIN, or <c>system:&lt;name&gt;</c>.</summary>
    public string Actor { get; private set; } = "";

    public string ActorRole { get; private set; } = "";

    /// <summary>What was done, e.g. <c>read:person</c>, <c>write:documents-verified</c>.</summary>
    public string Action { get; private set; } = "";

    public Guid? CaseId { get; private set; }

    /// <summary>Whose personal data it concerns.</summary>
    public string? SubjectIin { get; private set; }

    /// <summary>Which records or fields were read or changed (their names).</summary>
    public string What { get; private set; } = "";

    /// <summary>Why an officer read a person's data outside a case: a code of <see cref="AccessReasons"/>.</summary>
    public string? Reason { get; private set; }

    /// <summary>
    /// The W3C trace context of the request or message in which it happened: an auditor's way into the
    /// telemetry, and how the case's next step finds the trace to link back to.
    /// </summary>
    public string? TraceParent { get; private set; }

    /// <summary>Position in the chain, 1 upwards without gaps; none until linked.</summary>
    public long? ChainIndex { get; private set; }

    public byte[]? PreviousHash { get; private set; }

    public byte[]? Hash { get; private set; }

    public static AuditEntry Of(DateTimeOffset at, string actor, string actorRole, string action, Guid? caseId, string? subjectIin, string what,
        string? reason = null) => new()
    {
        Reason = reason,
        // Whole microseconds: what every provider stores, so the hash is of the time as read back.
        At = at.AddTicks(-(at.Ticks % 10)), Actor = actor, ActorRole = actorRole, Action = action, CaseId = caseId, SubjectIin = subjectIin, What = what,
        TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null,
    };

    internal void Link(long chainIndex, byte[] previousHash)
    {
        ChainIndex = chainIndex;
        PreviousHash = previousHash;
        Hash = AuditHash.Of(this, chainIndex, previousHash);
    }
}
