using Microsoft.EntityFrameworkCore;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Features.ReviewApplication;

/// <summary>
/// The Hub officers' review: each step meets the deadline it was due by and opens the next one on
/// Kazakhstan's business calendar (verification 2, interview 5, endorsement 10 business days).
/// </summary>
public sealed class ReviewApplicationHandler(HubIntakeDbContext db, KazakhstanCalendar calendar, InterviewSlots slots, TimeProvider time)
{
    public Task<HubApplication> VerifyDocumentsAsync(Guid caseId, string officerIin, CancellationToken cancellationToken) =>
        ActAsync(caseId, (application, now) =>
        {
            application.VerifyDocuments(officerIin, now);
            return ReviewStep.Interview;
        }, cancellationToken);

    public Task<HubApplication> ReturnDocumentsAsync(Guid caseId, IReadOnlyList<ReturnedDocument> documents, string officerIin, CancellationToken cancellationToken) =>
        ActAsync(caseId, (application, now) =>
        {
            application.ReturnDocuments(documents, officerIin, now);
            return null;
        }, cancellationToken);

    /// <summary>Books <paramref name="interviewer"/> at <paramref name="startsAt"/>; <paramref name="officerIin"/> is null when the applicant chose it.</summary>
    public async Task<HubApplication> ScheduleInterviewAsync(Guid caseId, DateTimeOffset startsAt, string interviewer, string? officerIin, CancellationToken cancellationToken)
    {
        if (slots.Problem(startsAt) is { } notASlot) throw new CaseRuleViolation(notASlot);
        var due = await InterviewDueAsync(caseId, cancellationToken);
        if (due is not null && startsAt > due)
            throw new CaseRuleViolation("hub.interview-too-late", $"The interview must take place by {due:O} (5 business days); {startsAt:O} is too late.");
        if (await db.Applications.AnyAsync(a => a.Interviewer == interviewer && a.InterviewStartsAt == startsAt, cancellationToken))
            throw new CaseRuleViolation("hub.interviewer-busy", $"{interviewer} already has an interview at {startsAt:O}.");

        // The interview deadline stays open until the interview is held.
        return await ActAsync(caseId, (application, now) =>
        {
            application.ScheduleInterview(startsAt, interviewer, officerIin, now);
            return ReviewStep.Interview;
        }, cancellationToken, meetOpen: false);
    }

    /// <summary>The interviewer's free slots from now until the case's interview deadline.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> FreeSlotsAsync(Guid caseId, string interviewer, CancellationToken cancellationToken)
    {
        if (!await db.Applications.AnyAsync(a => a.CaseId == caseId, cancellationToken)) throw CaseNotFound.For("Hub application", caseId);
        var now = time.GetUtcNow();
        var until = await InterviewDueAsync(caseId, cancellationToken) ?? calendar.DeadlineAfter(now, HubReviewDays.Interview);
        var booked = (await db.Applications.AsNoTracking()
                .Where(a => a.Interviewer == interviewer && a.InterviewStartsAt > now) // past interviews cannot collide
                .Select(a => a.InterviewStartsAt!.Value)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        return slots.Between(now, until).Where(slot => !booked.Contains(slot)).ToList();
    }

    public Task<DateTimeOffset?> InterviewDueAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Deadlines.AsNoTracking().Where(d => d.CaseId == caseId && d.Step == ReviewStep.Interview && d.MetAt == null)
            .Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefaultAsync(cancellationToken);

    public Task<HubApplication> RecordInterviewAsync(Guid caseId, bool passed, string notes, string officerIin, CancellationToken cancellationToken) =>
        ActAsync(caseId, (application, now) =>
        {
            application.RecordInterview(passed, notes, officerIin, now);
            return passed ? ReviewStep.Endorsement : null;
        }, cancellationToken);

    public Task<HubApplication> RejectAsync(Guid caseId, string reason, string officerIin, CancellationToken cancellationToken) =>
        ActAsync(caseId, (application, now) =>
        {
            application.Reject(reason, officerIin, now);
            return null;
        }, cancellationToken);

    async Task<HubApplication> ActAsync(Guid caseId, Func<HubApplication, DateTimeOffset, ReviewStep?> act, CancellationToken cancellationToken, bool meetOpen = true)
    {
        var application = await db.Applications.FindAsync([caseId], cancellationToken) ?? throw CaseNotFound.For("Hub application", caseId);
        var now = time.GetUtcNow();
        var next = act(application, now);
        if (meetOpen)
        {
            foreach (var open in await db.Deadlines.Where(d => d.CaseId == caseId && d.MetAt == null).ToListAsync(cancellationToken))
                open.Meet(now);
            if (next is { } step)
                db.Deadlines.Add(ReviewDeadline.Open(caseId, step, calendar.DeadlineAfter(now, HubReviewDays.For(step))));
        }
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
