namespace NomadPlatform.Approval.Domain;

public enum RpApplicationStatus
{
    UnderReview,
    Approved,
}
