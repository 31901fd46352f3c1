using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Inbox;

/// <summary>
/// Makes a consumer idempotent: the inbox row is saved in the consumer's own transaction (same scoped
/// DbContext), so a redelivered message finds it and changes nothing. A concurrent duplicate loses on
/// the unique (message id, consumer) index, is retried, and then finds the row.
/// </summary>
public sealed class InboxFilter<TMessage>(ServiceDbContext db, TimeProvider time, ILogger<InboxFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (context.MessageId is not { } messageId)
        {
            await next.Send(context);
            return;
        }

        var consumerId = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        db.ChangeTracker.Clear(); // a retry reuses nothing a failed attempt left tracked
        var seen = await db.InboxStates.AnyAsync(s => s.MessageId == messageId && s.ConsumerId == consumerId, context.CancellationToken);
        if (seen)
        {
            InboxLog.DuplicateSkipped(logger, messageId, consumerId);
            return;
        }

        db.InboxStates.Add(new InboxState { MessageId = messageId, ConsumerId = consumerId, ReceivedAt = time.GetUtcNow() });
        await next.Send(context);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(context.CancellationToken);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
