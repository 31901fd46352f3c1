using System.Text.Json;
using MassTransit;
using NomadPlatform.Contracts;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Infrastructure;

namespace NomadPlatform.HubIntake.Consumers;

/// <summary>Projects one kind of case event into the applicant's timeline (the inbox makes it once only).</summary>
public sealed class CaseTimelineConsumer<TEvent>(HubIntakeDbContext db) : IConsumer<TEvent>
    where TEvent : class, ICaseEvent
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var @event = context.Message;
        db.Timeline.Add(new TimelineEntry
        {
            CaseId = @event.CaseId,
            MessageId = context.MessageId ?? Guid.Empty,
            EventType = typeof(TEvent).Name,
            Agency = typeof(TEvent).Namespace!.Split('.')[^1],
            OccurredAt = @event.OccurredAt,
            Details = JsonSerializer.Serialize(@event, Json),
            OfficerIin = (@event as IOfficerAct)?.OfficerIin,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
