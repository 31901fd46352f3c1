using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Features.CaseTimeline;

namespace NomadPlatform.UnitTests.Domain;

/// <summary>The applicant's status follows the latest decisive event; every terminal state reads as itself.</summary>
public sealed class TimelineStatusTests
{
    static readonly string[] Endorsed = ["ApplicationSubmitted", "DocumentsVerified", "InterviewScheduled", "InterviewPassed", "EndorsementIssued"];

    [Theory]
    [InlineData("RefusedByMigrationService", "RpApplicationFiled", "RpApplicationRefused")]
    [InlineData("ApprovedAwaitingArrival", "RpApplicationFiled", "PreliminaryApprovalGranted", "NotificationIssued")]
    [InlineData("Cancelled", "RpApplicationFiled", "PreliminaryApprovalGranted", "NotificationIssued", "ArrivalWindowExpired")]
    [InlineData("Cancelled", "RpApplicationFiled", "PreliminaryApprovalGranted", "NotificationIssued", "ArrivalWindowExpired", "RpApplicationCancelled")]
    [InlineData("EnteredKazakhstan", "RpApplicationFiled", "NotificationIssued", "EntryRecorded", "FingerprintsRegistered")]
    [InlineData("ArrivedAwaitingPermit", "RpApplicationFiled", "NotificationIssued", "EntryRecorded", "ArrivalCompleted")]
    [InlineData("PermitIssued", "RpApplicationFiled", "NotificationIssued", "EntryRecorded", "ArrivalCompleted", "ResidencePermitIssued", "PermanentResidenceRegistered")]
    public void The_latest_decisive_event_names_the_status(string expected, params string[] after)
    {
        Assert.Equal(expected, TimelineStatus.Of(HubApplicationStatus.Endorsed, [.. Endorsed, .. after]));
    }

    [Fact]
    public void A_case_rejected_by_the_hub_reads_rejected()
    {
        Assert.Equal("RejectedByHub", TimelineStatus.Of(HubApplicationStatus.Rejected, ["ApplicationSubmitted", "ApplicationRejected"]));
    }

    [Fact]
    public void Before_any_later_agency_acts_the_hubs_status_stands()
    {
        Assert.Equal("EndorsedAwaitingFiling", TimelineStatus.Of(HubApplicationStatus.Endorsed, Endorsed));
        Assert.Equal("DocumentsReturned", TimelineStatus.Of(HubApplicationStatus.DocumentsReturned, ["ApplicationSubmitted", "DocumentsReturned"]));
    }
}
