using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Features.CaseTimeline;

/// <summary>
/// Where the case stands, in the applicant's words: the latest decisive event of any agency (a cancelled
/// case stays cancelled, however much was decided before), else the Hub's own status.
/// </summary>
public static class TimelineStatus
{
    static readonly Dictionary<string, string> Decisive = new()
    {
        ["RpApplicationFiled"] = "UnderMigrationReview",
        ["RpApplicationRefused"] = "RefusedByMigrationService",
        ["NotificationIssued"] = "ApprovedAwaitingArrival",
        ["EntryRecorded"] = "EnteredKazakhstan",
        ["ArrivalWindowExpired"] = "Cancelled",
        ["RpApplicationCancelled"] = "Cancelled",
        ["ArrivalCompleted"] = "ArrivedAwaitingPermit",
        ["ResidencePermitIssued"] = "PermitIssued",
    };

    /// <param name="eventTypesInOrder">The case's events, in the order they happened.</param>
    public static string Of(HubApplicationStatus hubStatus, IEnumerable<string> eventTypesInOrder) =>
        eventTypesInOrder.Select(e => Decisive.GetValueOrDefault(e)).LastOrDefault(s => s is not null)
        ?? hubStatus switch
        {
            HubApplicationStatus.Endorsed => "EndorsedAwaitingFiling",
            HubApplicationStatus.Rejected => "RejectedByHub",
            HubApplicationStatus.DocumentsReturned => "DocumentsReturned",
            HubApplicationStatus.InterviewScheduled => "InterviewScheduled",
            _ => "UnderHubReview",
        };
}
