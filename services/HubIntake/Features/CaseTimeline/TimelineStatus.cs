using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Features.CaseTimeline;

/// <summary>Where the case stands, in the applicant's words: the furthest agency's last event, else the Hub's own status.</summary>
public static class TimelineStatus
{
    public static string Of(HubApplicationStatus hubStatus, IEnumerable<string> eventTypes)
    {
        var events = eventTypes.ToHashSet();
        if (events.Contains("ResidencePermitIssued")) return "PermitIssued";
        if (events.Contains("ArrivalCompleted")) return "ArrivedAwaitingPermit";
        if (events.Contains("NotificationIssued")) return "ApprovedAwaitingArrival";
        if (events.Contains("RpApplicationRefused")) return "RefusedByMigrationService";
        if (events.Contains("RpApplicationFiled")) return "UnderMigrationReview";
        return hubStatus switch
        {
            HubApplicationStatus.Endorsed => "EndorsedAwaitingFiling",
            HubApplicationStatus.Rejected => "RejectedByHub",
            HubApplicationStatus.DocumentsReturned => "DocumentsReturned",
            HubApplicationStatus.InterviewScheduled => "InterviewScheduled",
            _ => "UnderHubReview",
        };
    }
}
