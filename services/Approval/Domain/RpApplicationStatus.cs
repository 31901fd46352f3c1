namespace NomadPlatform.Approval.Domain;

public enum RpApplicationStatus
{
    /// <summary>Astana Hub's endorsement arrived; the applicant has yet to file the form and pay the duty.</summary>
    AwaitingFiling,
    UnderReview,
    Approved,
    Refused,
}
