namespace NomadPlatform.Contracts.Identity;

/// <summary>A foreign person received an individual identification number.</summary>
public sealed record IinIssued
{
    public required Guid PersonId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    [PersonalData] public required string FullName { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
