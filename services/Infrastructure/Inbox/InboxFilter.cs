using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Inbox;

/// <summary>
/// Makes a consumer idempotent: the inbox row is saved in the consumer's own transaction (same scoped
/// DbContext), so a copy of a message already handled finds it and changes nothing.
/// </summary>
/// <remarks>
/// A first delivery does not ask first (that query was 3–5 % of a consuming agency's CPU): its row goes in
/// with the consumer's changes, and a copy already handled fails on the unique (message id, consumer) index,
/// rolling back all it did; only then is the inbox asked, and the copy skipped. A message the broker
/// redelivers, or a retry, asks before the consumer runs. Consumers change only their own database (and
/// read other agencies), so running a copy up to its failed commit leaves nothing behind.
/// </remarks>
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
        var firstDelivery = !context.ReceiveContext.Redelivered && context.GetRetryAttempt() == 0 && context.GetRedeliveryCount() == 0;
        if (!firstDelivery && await HandledAsync(messageId, consumerId, context.CancellationToken))
        {
            InboxLog.DuplicateSkipped(logger, messageId, consumerId);
            return;
        }

        db.InboxStates.Add(new InboxState { MessageId = messageId, ConsumerId = consumerId, ReceivedAt = time.GetUtcNow() });
        try
        {
            await next.Send(context);
            if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (Exception) when (firstDelivery)
        {
            db.ChangeTracker.Clear();
            if (!await HandledAsync(messageId, consumerId, context.CancellationToken)) throw;
            InboxLog.DuplicateSkipped(logger, messageId, consumerId);
        }
    }

    Task<bool> HandledAsync(Guid messageId, string consumerId, CancellationToken cancellationToken) =>
        db.InboxStates.AnyAsync(s => s.MessageId == messageId && s.ConsumerId == consumerId, cancellationToken);

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
