namespace NomadPlatform.IntegrationTests.TestService;

/// <summary>What the consuming side did: one row per handled delivery, so a duplicate shows as a second row.</summary>
public sealed class ReceivedNote
{
    public long Id { get; private set; }
    public Guid CaseId { get; init; }
    public Guid MessageId { get; init; }
    public string Note { get; init; } = "";
}
