using MassTransit;

namespace NomadPlatform.Contracts;

/// <summary>Every event about one applicant's case names the case and when it happened.</summary>
[ExcludeFromTopology]
public interface ICaseEvent
{
    Guid CaseId { get; }

    DateTimeOffset OccurredAt { get; }
}
