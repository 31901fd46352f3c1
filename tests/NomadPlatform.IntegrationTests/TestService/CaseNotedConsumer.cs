using MassTransit;

namespace NomadPlatform.IntegrationTests.TestService;

public sealed class CaseNotedConsumer(TestDbContext db) : IConsumer<CaseNoted>
{
    public async Task Consume(ConsumeContext<CaseNoted> context)
    {
        db.ReceivedNotes.Add(new ReceivedNote { CaseId = context.Message.CaseId, MessageId = context.MessageId ?? Guid.Empty, Note = context.Message.Note });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
