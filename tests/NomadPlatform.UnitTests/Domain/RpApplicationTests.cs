using NomadPlatform.Approval.Domain;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class RpApplicationTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static RpApplication Received() =>
        RpApplication.Receive(Guid.NewGuid(), "791028302728", "AH-2026-0001", new DateOnly(2031, 1, 1), Now);

    [Fact]
    public void Review_is_due_45_calendar_days_after_receipt()
    {
        Assert.Equal(Now.AddDays(45), Received().ReviewDueAt);
    }

    [Fact]
    public void Approval_issues_a_notification_valid_30_calendar_days()
    {
        var application = Received();

        application.Approve(Now.AddDays(10));

        var notification = Assert.Single(application.PendingEvents.OfType<NotificationIssued>());
        Assert.Equal(Now.AddDays(40), notification.ValidUntil);
        Assert.Single(application.PendingEvents.OfType<PreliminaryApprovalGranted>());
        Assert.Throws<CaseRuleViolation>(() => application.Approve(Now.AddDays(11)));
    }
}
