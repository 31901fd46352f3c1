using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Features.CaseTimeline;

/// <summary>Where the case stands, in the applicant's words, from the last event received.</summary>
public static class TimelineStatus
{
    public static string Of(HubApplicationStatus hubStatus, string? lastEventType) => lastEventType switch
    {
        "PermanentResidenceRegistered" or "ResidencePermitIssued" => "PermitIssued",
        "ArrivalCompleted" => "ArrivedAwaitingPermit",
        "NotificationIssued" or "PreliminaryApprovalGranted" => "ApprovedAwaitingArrival",
        "EndorsementIssued" => "UnderMigrationReview",
        _ => hubStatus == HubApplicationStatus.Endorsed ? "UnderMigrationReview" : "UnderHubReview",
    };
}
