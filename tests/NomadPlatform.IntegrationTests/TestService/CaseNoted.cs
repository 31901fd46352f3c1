using NomadPlatform.Contracts;

namespace NomadPlatform.IntegrationTests.TestService;

public sealed record CaseNoted : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required string Note { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
