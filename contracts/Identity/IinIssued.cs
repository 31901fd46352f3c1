namespace NomadPlatform.Contracts.Identity;

/// <summary>A foreign person received an individual identification number.</summary>
public sealed record IinIssued
{
    public required Guid PersonId { get; init; }
    public required string Iin { get; init; }
    public required string FullName { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
