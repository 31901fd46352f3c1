using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Feed.Features.Record;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;

namespace NomadPlatform.IntegrationTests.Feed;

/// <summary>The feed's log on real SQLite and PostgreSQL: positions in order, each event once, reads that page, filter and wait.</summary>
[Collection(BrokerCollection.Name)]
public sealed class FeedLogTests(PostgresServer postgres)
{
    static readonly DateTimeOffset Now = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);
    static readonly EventCatalogue Catalogue = EventCatalogue.FromContracts();
    static readonly CaseEventType Submitted = Catalogue.Of(typeof(ApplicationSubmitted));
    static readonly CaseEventType Approved = Catalogue.Of(typeof(PreliminaryApprovalGranted));

    async Task<(FeedDbContext Db, string Connection)> LogAsync(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "feed");
        var db = (FeedDbContext)ProviderContexts.Create("Feed", provider, connection);
        await db.Database.MigrateAsync();
        return (db, connection);
    }

    static FeedReader Reader(FeedDbContext db, FeedSignal signal, TimeSpan? gather = null) =>
        new(db, signal, Options.Create(new FeedOptions { Gather = gather ?? TimeSpan.Zero }), TimeProvider.System);

    static FeedEntry Entry(CaseEventType type, Guid caseId, int minute) =>
        FeedEntry.Record(Guid.CreateVersion7(), type, caseId, Now.AddMinutes(minute), $$"""{"caseId":"{{caseId}}","occurredAt":"{{Now.AddMinutes(minute):O}}"}""", Now.AddMinutes(minute));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pages_read_every_event_once_in_position_order_of_the_requested_types_and_since_a_time(DatabaseProvider provider)
    {
        var (db, _) = await LogAsync(provider);
        await using var _ = db;
        var caseId = Guid.NewGuid();
        for (var minute = 0; minute < 25; minute++)
            db.Entries.Add(Entry(minute % 5 == 4 ? Approved : Submitted, caseId, minute));
        await db.SaveChangesAsync();
        var reader = Reader(db, new FeedSignal());

        var read = new List<FeedEntry>();
        for (long after = 0; ;)
        {
            var page = await reader.ReadAsync(new FeedQuery(after, null, [Submitted.Name, Approved.Name], 10, TimeSpan.Zero), default);
            read.AddRange(page.Entries);
            if (page.Entries.Count == 0) break;
            after = page.Next;
        }
        var approvals = await reader.ReadAsync(new FeedQuery(0, null, [Approved.Name], 100, TimeSpan.Zero), default);
        var lastTen = await reader.ReadAsync(new FeedQuery(0, Now.AddMinutes(15), [Submitted.Name, Approved.Name], 100, TimeSpan.Zero), default);

        Assert.Equal(25, read.Count);
        Assert.Equal(25, read.Select(e => e.EventId).Distinct().Count());
        Assert.True(read.Select(e => e.Position).SequenceEqual(read.Select(e => e.Position).Order()));
        Assert.Equal(5, approvals.Entries.Count);
        Assert.Equal(read[^1].Position, approvals.Next); // past the unmatched tail: the partner's stored position moves on
        Assert.Equal(10, lastTen.Entries.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_event_is_recorded_once_however_often_it_arrives(DatabaseProvider provider)
    {
        var (db, _) = await LogAsync(provider);
        await using var _ = db;
        var entry = Entry(Submitted, Guid.NewGuid(), 0);
        db.Entries.Add(entry);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.Entries.Add(FeedEntry.Record(entry.EventId, Submitted, entry.CaseId, entry.OccurredAt, entry.Data, Now.AddMinutes(1)));
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(duplicate));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_waiting_read_returns_the_event_recorded_while_it_waits(DatabaseProvider provider)
    {
        var (db, connection) = await LogAsync(provider);
        await using var _ = db;
        var signal = new FeedSignal();
        var waiting = Reader(db, signal).ReadAsync(new FeedQuery(0, null, [Submitted.Name], 10, TimeSpan.FromSeconds(20)), default);

        await using (var writer = (FeedDbContext)ProviderContexts.Create("Feed", provider, connection))
        {
            writer.Entries.Add(Entry(Submitted, Guid.NewGuid(), 0));
            await writer.SaveChangesAsync();
        }
        signal.Recorded();
        var page = await waiting;

        Assert.Single(page.Entries);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_waiting_read_woken_by_an_event_gathers_the_events_right_behind_it_into_one_page(DatabaseProvider provider)
    {
        var (setup, connection) = await LogAsync(provider);
        await setup.DisposeAsync();
        var queries = new QueryCount();
        await using var db = (FeedDbContext)ProviderContexts.Create("Feed", provider, connection, null, queries);
        var signal = new FeedSignal();
        var waiting = Reader(db, signal, gather: TimeSpan.FromMilliseconds(500))
            .ReadAsync(new FeedQuery(0, null, [Submitted.Name], 10, TimeSpan.FromSeconds(20)), default);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (queries.Count < 2) // the newest position and the (empty) page: the read now waits
        {
            Assert.True(DateTime.UtcNow < deadline, "The read never queried the log.");
            await Task.Delay(10);
        }

        await using (var writer = (FeedDbContext)ProviderContexts.Create("Feed", provider, connection))
        {
            writer.Entries.Add(Entry(Submitted, Guid.NewGuid(), 0));
            await writer.SaveChangesAsync();
            signal.Recorded();
            writer.Entries.Add(Entry(Submitted, Guid.NewGuid(), 1));
            await writer.SaveChangesAsync();
            signal.Recorded();
        }
        var page = await waiting;

        Assert.Equal(2, page.Entries.Count);
    }

    sealed class QueryCount : DbCommandInterceptor
    {
        int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }
}
