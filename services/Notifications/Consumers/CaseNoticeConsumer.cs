using MassTransit;
using NomadPlatform.Contracts;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.Arrival;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Notifications.Domain;
using NomadPlatform.Notifications.Features.Notices;
using NomadPlatform.Notifications.Infrastructure;

namespace NomadPlatform.Notifications.Consumers;

/// <summary>
/// The case events that ask something of the applicant or tell them an outcome become notices in their
/// inbox; the arrival window and the interview get reminders, withdrawn once the entry is recorded or
/// the case ends. Each notice's id is the event's message id; the inbox mark is saved with it.
/// </summary>
public sealed class CaseNoticeConsumer(NotificationsDbContext db, NoticeWriter notices, NoticeRules rules, TimeProvider time) :
    IConsumer<ApplicationSubmitted>, IConsumer<DocumentsReturned>, IConsumer<InterviewScheduled>, IConsumer<HubApplicationRejected>,
    IConsumer<EndorsementIssued>, IConsumer<NotificationIssued>, IConsumer<EntryRecorded>, IConsumer<ArrivalWindowExpired>,
    IConsumer<RpApplicationRefused>, IConsumer<RpApplicationCancelled>, IConsumer<ResidencePermitIssued>
{
    public async Task Consume(ConsumeContext<ApplicationSubmitted> context)
    {
        await notices.RememberApplicantAsync(context.Message.CaseId, context.Message.Iin, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public Task Consume(ConsumeContext<DocumentsReturned> context) => NotifyAsync(context, null, rules.Of(context.Message));

    public Task Consume(ConsumeContext<InterviewScheduled> context) =>
        NotifyAsync(context, null, rules.Of(context.Message), rules.RemindersOf(context.Message, time.GetUtcNow()));

    public Task Consume(ConsumeContext<HubApplicationRejected> context) => NotifyAsync(context, null, rules.Of(context.Message));

    /// <summary>An endorsement re-sealed after its seal was revoked comes again under its number: the applicant was told once.</summary>
    public async Task Consume(ConsumeContext<EndorsementIssued> context)
    {
        if (await notices.HasAsync(context.Message.CaseId, NoticeKind.EndorsementIssued, context.CancellationToken)) return;
        await NotifyAsync(context, context.Message.Iin, rules.Of(context.Message));
    }

    public Task Consume(ConsumeContext<NotificationIssued> context) =>
        NotifyAsync(context, context.Message.Iin, rules.Of(context.Message), rules.RemindersOf(context.Message, time.GetUtcNow()));

    public async Task Consume(ConsumeContext<EntryRecorded> context)
    {
        await notices.WithdrawAsync(context.Message.CaseId, NoticeKind.ArrivalWindowClosing, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<ArrivalWindowExpired> context)
    {
        await notices.WithdrawAsync(context.Message.CaseId, NoticeKind.ArrivalWindowClosing, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public Task Consume(ConsumeContext<RpApplicationRefused> context) => NotifyAsync(context, context.Message.Iin, rules.Of(context.Message));

    public Task Consume(ConsumeContext<RpApplicationCancelled> context) => NotifyAsync(context, context.Message.Iin, rules.Of(context.Message));

    public Task Consume(ConsumeContext<ResidencePermitIssued> context) => NotifyAsync(context, context.Message.Iin, rules.Of(context.Message));

    async Task NotifyAsync<TEvent>(ConsumeContext<TEvent> context, string? iin, NoticeDraft draft, IReadOnlyList<ReminderDraft>? reminders = null)
        where TEvent : class, ICaseEvent
    {
        var message = context.Message;
        var id = context.MessageId ?? throw new InvalidOperationException($"A {typeof(TEvent).Name} without a message id cannot be told apart from its redelivery.");
        var cancellationToken = context.CancellationToken;
        if (iin is not null) await notices.RememberApplicantAsync(message.CaseId, iin, cancellationToken);
        var applicant = iin ?? await notices.ApplicantOfAsync(message.CaseId, cancellationToken);
        await notices.WriteAsync(id, message.CaseId, applicant, draft, message.OccurredAt, cancellationToken);
        if (reminders is { Count: > 0 }) await notices.ScheduleAsync(id, message.CaseId, applicant, reminders, cancellationToken);
        if (draft.Kind is NoticeKind.ApplicationCancelled or NoticeKind.ApplicationRefused or NoticeKind.HubApplicationRejected)
            await notices.WithdrawAsync(message.CaseId, NoticeKind.ArrivalWindowClosing, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
