namespace NomadPlatform.Notifications.Domain;

/// <summary>What a notice asks of the applicant or tells them; each has its subject and text in kk, ru and en.</summary>
public enum NoticeKind
{
    DocumentsReturned,
    InterviewScheduled,
    InterviewTomorrow,
    HubApplicationRejected,
    EndorsementIssued,
    ApprovalGranted,
    ArrivalWindowClosing,
    ApplicationRefused,
    ApplicationCancelled,
    PermitIssued,
}
