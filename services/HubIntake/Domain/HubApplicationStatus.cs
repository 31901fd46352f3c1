namespace NomadPlatform.HubIntake.Domain;

public enum HubApplicationStatus
{
    Submitted,
    Endorsed,
}
