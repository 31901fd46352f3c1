namespace NomadPlatform.Approval.Domain;

public enum RpApplicationStatus
{
    /// <summary>Astana Hub's endorsement arrived; the applicant has yet to file the form and pay the duty.</summary>
    AwaitingFiling,
    UnderReview,
    Approved,
    Refused,

    /// <summary>Approved, but the applicant did not arrive within the notification's 30 days.</summary>
    Cancelled,
}
