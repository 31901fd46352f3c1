namespace NomadPlatform.Approval.Features.RegisterBan;

public sealed record RegisterBanRequest(string? Iin, string? Reason, DateOnly? StartsOn);
