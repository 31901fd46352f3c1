using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Inbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>The race loser's unique-index violation is recognised on SQLite and PostgreSQL (and answered 409, not 500).</summary>
[Collection(BrokerCollection.Name)]
public sealed class UniqueViolationTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_duplicate_on_a_unique_index_is_recognised(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "unique");
        var messageId = Guid.NewGuid();
        await using (var first = ProviderContexts.Create("Approval", provider, connection))
        {
            await first.Database.MigrateAsync();
            first.InboxStates.Add(new InboxState { MessageId = messageId, ConsumerId = "approval-endorsement-issued", ReceivedAt = DateTimeOffset.UtcNow });
            await first.SaveChangesAsync();
        }

        await using var second = ProviderContexts.Create("Approval", provider, connection);
        second.InboxStates.Add(new InboxState { MessageId = messageId, ConsumerId = "approval-endorsement-issued", ReceivedAt = DateTimeOffset.UtcNow });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(error), error.InnerException?.Message);
    }
}
