using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.IntegrationTests.TestService;

/// <summary>A minimal aggregate: every note it takes is an event for the outbox.</summary>
public sealed class CaseFile : AggregateRoot
{
    public Guid CaseId { get; private set; }
    public int Notes { get; private set; }

    CaseFile() { }

    public static CaseFile Open(Guid caseId) => new() { CaseId = caseId };

    public void Note(string text, DateTimeOffset now)
    {
        Notes++;
        Record(new CaseNoted { CaseId = CaseId, Note = text, OccurredAt = now });
    }
}
