using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.Refusal;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Approval.Infrastructure.Data;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class RpApplicationTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    static readonly StateDutyTariff Tariff = ApprovalData.LoadTariff();
    static readonly RpApplicationForm Form = new("dana@example.org", "+491701234567", "Astana, Mangilik El 55");

    static RpApplication Received() =>
        RpApplication.Receive(Guid.NewGuid(), "791028302728", "AH-2026-000001", new DateOnly(2031, 1, 1), Now);

    static RpApplication Filed(DateTimeOffset at)
    {
        var application = Received();
        application.File(Form, DutyPayment.Accept(application.CaseId, "KZ-PAY-0001", 18_165m, DateOnly.FromDateTime(at.UtcDateTime), Tariff, at), new FilingSignature("{}"u8.ToArray(), [1], "01"), at);
        return application;
    }

    [Fact]
    public void Nothing_is_reviewed_before_the_applicant_files_and_review_is_due_45_calendar_days_after_filing()
    {
        var received = Received();
        Assert.Equal(RpApplicationStatus.AwaitingFiling, received.Status);
        Assert.Null(received.ReviewDueAt);
        Assert.Throws<CaseRuleViolation>(() => received.Approve("880730300010", Now));

        var filed = Filed(Now.AddDays(3));

        Assert.Equal(Now.AddDays(48), filed.ReviewDueAt);
        Assert.Equal(Now.AddDays(48), Assert.Single(filed.PendingEvents.OfType<RpApplicationFiled>()).ReviewDueAt);
    }

    [Fact]
    public void Approval_issues_a_notification_valid_30_calendar_days()
    {
        var application = Filed(Now);

        application.Approve("880730300010", Now.AddDays(10));

        var notification = Assert.Single(application.PendingEvents.OfType<NotificationIssued>());
        Assert.Equal(Now.AddDays(40), notification.ValidUntil);
        Assert.Single(application.PendingEvents.OfType<PreliminaryApprovalGranted>());
        Assert.Throws<CaseRuleViolation>(() => application.Approve("880730300010", Now.AddDays(11)));
    }

    [Fact]
    public void A_refusal_cites_statutory_grounds_and_unknown_codes_are_named()
    {
        var grounds = ApprovalData.LoadRefusalGrounds();
        var application = Filed(Now);

        application.Refuse(grounds.Resolve(["false-documents", "prior-deportation"]), "880730300010", Now.AddDays(20));

        var refused = Assert.Single(application.PendingEvents.OfType<RpApplicationRefused>());
        Assert.Equal(["false-documents", "prior-deportation"], refused.Grounds.Select(g => g.Code));
        Assert.All(refused.Grounds, g => Assert.False(string.IsNullOrWhiteSpace(g.Text)));
        Assert.Equal(RpApplicationStatus.Refused, application.Status);
        Assert.Throws<CaseRuleViolation>(() => application.Approve("880730300010", Now.AddDays(21)));
        Assert.Contains("'dislike'", Assert.Throws<InvalidField>(() => grounds.Resolve(["dislike"])).Reason.ToString());
        Assert.Throws<InvalidField>(() => grounds.Resolve([]));
    }

    [Theory]
    [InlineData(2025, 3932, 15728, 786.40, 16514.40)]
    [InlineData(2026, 4325, 17300, 865, 18165)]
    public void The_state_duty_is_4_MCI_for_the_permit_and_0_2_MCI_for_the_card_at_the_years_MCI(int year, int mci, double permit, double card, double total)
    {
        var duty = Tariff.For(year);

        Assert.Equal((mci, (decimal)permit, (decimal)card, (decimal)total), (duty.Mci, duty.PermitKzt, duty.CardKzt, duty.TotalKzt));
    }

    [Fact]
    public void A_year_without_an_MCI_is_refused_rather_than_guessed() =>
        Assert.Contains("2031", Assert.Throws<CaseRuleViolation>(() => Tariff.For(2031)).Message);

    [Fact]
    public void An_underpayment_is_refused_with_what_is_due_and_an_overpayment_is_accepted()
    {
        var caseId = Guid.NewGuid();
        var paidOn = new DateOnly(2026, 11, 20);

        var underpaid = Assert.Throws<CaseRuleViolation>(() => DutyPayment.Accept(caseId, "KZ-PAY-0002", 18_164.99m, paidOn, Tariff, Now));
        var paid = DutyPayment.Accept(caseId, "KZ-PAY-0003", 20_000m, paidOn, Tariff, Now);

        Assert.Contains("18165.00 KZT due", underpaid.Message);
        Assert.Equal(18_165m, paid.DueKzt);
        Assert.Throws<CaseRuleViolation>(() => DutyPayment.Accept(caseId, "KZ-PAY-0004", 20_000m, new DateOnly(2026, 11, 26), Tariff, Now));
    }

    [Fact]
    public void A_payment_made_in_2025_is_reckoned_at_the_2025_MCI() =>
        Assert.Equal(16_514.40m, DutyPayment.Accept(Guid.NewGuid(), "KZ-PAY-0005", 16_514.40m, new DateOnly(2025, 12, 30), Tariff, Now).DueKzt);

    [Fact]
    public void A_payment_for_another_case_does_not_file_this_one()
    {
        var application = Received();
        var foreign = DutyPayment.Accept(Guid.NewGuid(), "KZ-PAY-0006", 18_165m, new DateOnly(2026, 11, 20), Tariff, Now);

        Assert.Throws<CaseRuleViolation>(() => application.File(Form, foreign, new FilingSignature("{}"u8.ToArray(), [1], "01"), Now));
    }

    [Fact]
    public void The_review_deadline_is_flagged_once_after_45_days_and_the_review_goes_on()
    {
        var application = Filed(Now);

        application.FlagReviewBreach(Now.AddDays(45));
        application.FlagReviewBreach(Now.AddDays(45).AddMinutes(1));
        application.FlagReviewBreach(Now.AddDays(46));

        var missed = Assert.Single(application.PendingEvents.OfType<MigrationReviewDeadlineMissed>());
        Assert.Equal(Now.AddDays(45), missed.DueAt);
        Assert.Equal(RpApplicationStatus.UnderReview, application.Status);
        application.Approve("880730300010", Now.AddDays(47));
    }

    [Fact]
    public void A_no_show_cancels_the_approved_application_and_bans_for_12_calendar_months_from_the_windows_close()
    {
        var application = Filed(Now);
        application.Approve("880730300010", Now.AddDays(10));
        var closed = Now.AddDays(40);

        var ban = application.CancelForNoShow(closed, closed.AddMinutes(5));

        Assert.Equal(RpApplicationStatus.Cancelled, application.Status);
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2028, 1, 4)), (ban.StartsOn, ban.EndsOn));
        Assert.True(ban.AppliesOn(new DateOnly(2028, 1, 3)));
        Assert.False(ban.AppliesOn(new DateOnly(2028, 1, 4)));
        Assert.Equal(new DateOnly(2028, 1, 4), Assert.Single(application.PendingEvents.OfType<RpApplicationCancelled>()).ReapplicationAllowedFrom);
        Assert.Throws<CaseRuleViolation>(() => application.CancelForNoShow(closed, closed.AddMinutes(6)));
    }

    [Fact]
    public void Only_an_approved_application_is_cancelled_for_a_no_show() =>
        Assert.Throws<CaseRuleViolation>(() => Filed(Now).CancelForNoShow(Now.AddDays(30), Now.AddDays(31)));
}
