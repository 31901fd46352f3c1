using System.Collections.Concurrent;
using MassTransit;

namespace NomadPlatform.IntegrationTests.TestService;

public sealed class FlakyNoteConsumer(TestDbContext db) : IConsumer<FlakyNote>
{
    public static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    public async Task Consume(ConsumeContext<FlakyNote> context)
    {
        var attempt = Attempts.AddOrUpdate(context.Message.CaseId, 1, (_, n) => n + 1);
        if (attempt <= context.Message.FailuresBeforeSuccess)
            throw new HttpRequestException($"The other agency is down (attempt {attempt}).");

        db.ReceivedNotes.Add(new ReceivedNote { CaseId = context.Message.CaseId, MessageId = context.MessageId ?? Guid.Empty, Note = $"after {attempt} attempts" });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
