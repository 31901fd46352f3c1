namespace NomadPlatform.HubIntake.Domain;

public enum HubApplicationStatus
{
    Submitted,
    DocumentsReturned,
    DocumentsVerified,
    InterviewScheduled,
    Interviewed,
    Endorsed,
    Rejected,
}
