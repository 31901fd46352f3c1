using System.Text.Json;
using MassTransit;
using NomadPlatform.Contracts;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Record;
using NomadPlatform.Feed.Infrastructure;

namespace NomadPlatform.Feed.Consumers;

/// <summary>
/// Records a public case event at the log's next position, under the agency's own message id. It runs
/// on the feed's one queue, one message at a time, so positions follow the order the broker delivered
/// (an agency's events in its publishing order, a reaction after its cause); the inbox, in the same
/// transaction, keeps a redelivered event from being recorded twice.
/// </summary>
public sealed class CaseEventRecorder<TEvent>(FeedDbContext db, EventCatalogue catalogue, FeedSignal signal, TimeProvider time) : IConsumer<TEvent>
    where TEvent : class, ICaseEvent
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var eventId = context.MessageId ?? throw new InvalidOperationException($"A {typeof(TEvent).Name} without a message id cannot be recorded: partners deduplicate by it.");
        var message = context.Message;
        db.Entries.Add(FeedEntry.Record(eventId, catalogue.Of(typeof(TEvent)), message.CaseId, message.OccurredAt,
            JsonSerializer.Serialize(message, Json), time.GetUtcNow()));
        await db.SaveChangesAsync(context.CancellationToken);
        signal.Recorded();
    }
}
