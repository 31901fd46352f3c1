using System.Text.RegularExpressions;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Notifications.Domain;
using NomadPlatform.Notifications.Features.Notices;

namespace NomadPlatform.UnitTests.Notifications;

public sealed partial class NoticeRulesTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);
    readonly NoticeRules _rules = new(new NoticeOptions());

    [Fact]
    public void An_approval_is_reminded_a_week_and_two_days_before_its_window_closes_never_in_the_past()
    {
        var closes = new DateTimeOffset(2027, 1, 3, 19, 0, 0, TimeSpan.Zero); // 00:00 on 4 January in Astana
        var issued = new NotificationIssued { CaseId = Guid.NewGuid(), Iin = "900512400018", NotificationNumber = "N-1", ValidUntil = closes, PassportExpiresOn = new DateOnly(2031, 1, 1), OccurredAt = Now };

        Assert.Equal([closes.AddDays(-7), closes.AddDays(-2)], _rules.RemindersOf(issued, Now).Select(r => r.DueAt));
        Assert.Equal([closes.AddDays(-2)], _rules.RemindersOf(issued, closes.AddDays(-3)).Select(r => r.DueAt));
        Assert.All(_rules.RemindersOf(issued, Now), r => Assert.Equal(NoticeKind.ArrivalWindowClosing, r.Kind));
    }

    [Fact]
    public void An_interview_is_reminded_the_day_before_unless_that_day_has_passed()
    {
        var startsAt = Now.AddDays(3);
        var booked = new InterviewScheduled { CaseId = Guid.NewGuid(), StartsAt = startsAt, Interviewer = "A. Officer", OccurredAt = Now };
        Assert.Equal(startsAt.AddDays(-1), Assert.Single(_rules.RemindersOf(booked, Now)).DueAt);
        Assert.Empty(_rules.RemindersOf(booked, startsAt.AddHours(-2)));
    }

    [Fact]
    public void Every_kind_has_a_subject_and_a_text_in_each_language_naming_only_values_its_rule_gives()
    {
        var given = new Dictionary<NoticeKind, string[]>
        {
            [NoticeKind.DocumentsReturned] = ["count"],
            [NoticeKind.InterviewScheduled] = ["startsAt"],
            [NoticeKind.InterviewTomorrow] = ["startsAt"],
            [NoticeKind.HubApplicationRejected] = ["reason"],
            [NoticeKind.EndorsementIssued] = ["endorsementNumber"],
            [NoticeKind.ApprovalGranted] = ["notificationNumber", "validUntil"],
            [NoticeKind.ArrivalWindowClosing] = ["notificationNumber", "validUntil"],
            [NoticeKind.ApplicationRefused] = ["grounds"],
            [NoticeKind.ApplicationCancelled] = ["reapplicationAllowedFrom"],
            [NoticeKind.PermitIssued] = ["permitNumber", "validUntil"],
        };
        Assert.Equal(Enum.GetValues<NoticeKind>().Order(), given.Keys.Order());
        var english = NoticeTexts.All["en"].Keys.Order().ToList();
        foreach (var language in ApplicantContact.Languages)
        {
            var texts = NoticeTexts.All[language];
            Assert.Equal(english, texts.Keys.Order().ToList());
            foreach (var (kind, values) in given)
                foreach (var part in new[] { "Subject", "Body" })
                {
                    var named = Placeholder().Matches(texts[$"{kind}.{part}"]).Select(m => m.Groups[1].Value);
                    Assert.All(named, name => Assert.Contains(name, values));
                }
        }
    }

    [Fact]
    public void A_window_closing_at_midnight_in_Astana_reads_as_24_00_of_its_last_day_in_the_readers_language()
    {
        var texts = new NoticeTexts(KazakhstanCalendar.Load());
        var values = new Dictionary<string, string> { ["notificationNumber"] = "N-7", ["validUntil"] = "2027-01-03T19:00:00.0000000+00:00" };
        Assert.Contains("Sunday, January 3, 2027, 24:00", texts.Render(NoticeKind.ApprovalGranted, values, "en").Body);
        Assert.Matches(@"3 января 2027\sг\., 24:00", texts.Render(NoticeKind.ApprovalGranted, values, "ru").Body);
        Assert.StartsWith("Мақұлданды", texts.Render(NoticeKind.ApprovalGranted, values, "kk").Subject);
    }

    [Fact]
    public void A_failing_mail_is_retried_with_growing_pauses_then_abandoned()
    {
        var mail = NoticeMail.To("nomad@example.org", "kk", Now);
        mail = mail.Failed("connection refused", Now);
        Assert.Equal(Now.AddMinutes(1), mail.NextAttemptAt);
        mail = mail.Failed("connection refused", Now);
        Assert.Equal(Now.AddMinutes(2), mail.NextAttemptAt);
        for (var i = 2; i < NoticeMail.MaximumAttempts - 1; i++) mail = mail.Failed("connection refused", Now);
        Assert.Equal(Now.AddMinutes(60), mail.NextAttemptAt);
        Assert.Equal(MailState.Pending, mail.State);
        Assert.Equal(MailState.Abandoned, mail.Failed("connection refused", Now).State);
        Assert.Equal(MailState.Sent, NoticeMail.To("nomad@example.org", "kk", Now).Sent(Now).State);
    }

    [Theory]
    [InlineData("nomad at example.org")]
    [InlineData("nomad@localhost")]
    [InlineData("Nomad <nomad@example.org>")]
    public void An_address_that_is_not_plainly_an_e_mail_address_is_refused(string email)
    {
        var contact = ApplicantContact.For("900512400018", Now);
        Assert.Throws<CaseRuleViolation>(() => contact.Change(email, "en", Now));
        contact.Change(" nomad@example.org ", "ru", Now);
        Assert.Equal("nomad@example.org", contact.Email);
        contact.Change("", "ru", Now);
        Assert.Null(contact.Email);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
