namespace NomadPlatform.HubIntake.Features.SubmitApplication;

public sealed record SubmitApplicationRequest(string? Iin, DateOnly? PassportExpiresOn);
