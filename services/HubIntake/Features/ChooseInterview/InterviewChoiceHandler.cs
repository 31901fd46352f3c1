using Microsoft.EntityFrameworkCore;
using NomadPlatform.Calendar;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Features.ReviewApplication;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.HubIntake.Features.ChooseInterview;

/// <summary>
/// The applicant chooses the interview's time among the slots some interviewer of the Hub still has
/// free before the interview deadline; the Hub then books the interviewer with the fewest interviews ahead.
/// </summary>
public sealed class InterviewChoiceHandler(
    HubIntakeDbContext db, StaffRegister staff, InterviewSlots slots, KazakhstanCalendar calendar, ReviewApplicationHandler review, TimeProvider time)
{
    /// <summary>An applicant cannot take a slot that starts sooner than this: someone has to prepare the call.</summary>
    public static readonly TimeSpan Notice = TimeSpan.FromHours(2);

    public async Task<InterviewOffer> OfferAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var (due, free) = await FreeInterviewersAsync(caseId, cancellationToken);
        return new InterviewOffer(due, free.Keys.Order().ToList());
    }

    public async Task<HubApplication> ChooseAsync(Guid caseId, DateTimeOffset startsAt, CancellationToken cancellationToken)
    {
        if (slots.Problem(startsAt) is { } notASlot) throw new CaseRuleViolation(notASlot);
        var (due, free) = await FreeInterviewersAsync(caseId, cancellationToken);
        if (!free.TryGetValue(startsAt, out var interviewers))
            throw new CaseRuleViolation("hub.interview-time-not-offered", $"{startsAt:O} is not among the free interview times before {due:O}: choose another from the offer.");
        // Two applicants taking the last interviewer of one slot at once: the unique booking index refuses the second (409).
        return await review.ScheduleInterviewAsync(caseId, startsAt, interviewers[0], officerIin: null, cancellationToken);
    }

    /// <summary>Each free slot with its free interviewers, the least booked first.</summary>
    async Task<(DateTimeOffset Due, Dictionary<DateTimeOffset, List<string>> Free)> FreeInterviewersAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var status = await db.Applications.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => (HubApplicationStatus?)a.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw CaseNotFound.For("Hub application", caseId);
        if (status != HubApplicationStatus.DocumentsVerified)
            throw new CaseRuleViolation("hub.interview-choice-closed", $"The interview's time is chosen once the documents are verified and before it is booked; the application is {status}.");

        var now = time.GetUtcNow();
        var due = await review.InterviewDueAsync(caseId, cancellationToken) ?? calendar.DeadlineAfter(now, HubReviewDays.Interview);
        var interviewers = await staff.HoldersOfAsync(HubRoles.Interviewer, cancellationToken);
        var ahead = (await db.Applications.AsNoTracking()
                .Where(a => a.Interviewer != null && a.InterviewStartsAt > now && interviewers.Contains(a.Interviewer))
                .Select(a => new { Interviewer = a.Interviewer!, StartsAt = a.InterviewStartsAt!.Value })
                .ToListAsync(cancellationToken))
            .ToList();
        var load = ahead.GroupBy(b => b.Interviewer).ToDictionary(g => g.Key, g => g.Count());
        var taken = ahead.Select(b => (b.Interviewer, b.StartsAt)).ToHashSet();
        var byLoad = interviewers.OrderBy(i => load.GetValueOrDefault(i)).ThenBy(i => i, StringComparer.Ordinal).ToList();

        var free = new Dictionary<DateTimeOffset, List<string>>();
        foreach (var slot in slots.Between(now + Notice, due))
        {
            var available = byLoad.Where(i => !taken.Contains((i, slot))).ToList();
            if (available.Count > 0) free[slot] = available;
        }
        return (due, free);
    }
}

/// <summary>The times the applicant may choose, each in Astana time, up to the interview deadline.</summary>
public sealed record InterviewOffer(DateTimeOffset DueAt, IReadOnlyList<DateTimeOffset> Slots);

public sealed record InterviewChoiceRequest(DateTimeOffset? StartsAt);
