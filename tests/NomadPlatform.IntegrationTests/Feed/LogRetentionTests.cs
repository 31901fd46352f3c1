using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Retention;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;

namespace NomadPlatform.IntegrationTests.Feed;

/// <summary>The log keeps a case's events for the life of the case plus a year, on SQLite and PostgreSQL.</summary>
[Collection(BrokerCollection.Name)]
public sealed class LogRetentionTests(PostgresServer postgres)
{
    static readonly DateTimeOffset Start = new(2025, 6, 2, 6, 0, 0, TimeSpan.Zero);
    static readonly EventCatalogue Catalogue = EventCatalogue.FromContracts();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Only_a_case_that_ended_more_than_a_year_before_its_last_event_is_removed(DatabaseProvider provider)
    {
        await using var db = (FeedDbContext)ProviderContexts.Create("Feed", provider, ProviderContexts.NewDatabase(provider, postgres, "retention"));
        await db.Database.MigrateAsync();
        var clock = new FakeTimeProvider(Start.AddMonths(14));
        var endedLongAgo = Guid.NewGuid();
        var endedRecently = Guid.NewGuid();
        var familyStillRenewing = Guid.NewGuid();
        var neverEnded = Guid.NewGuid();
        Record(db, endedLongAgo, typeof(ApplicationSubmitted), 0);
        Record(db, endedLongAgo, typeof(PermanentResidenceRegistered), 1);
        Record(db, endedRecently, typeof(HubApplicationRejected), 10);
        Record(db, familyStillRenewing, typeof(PermanentResidenceRegistered), 1);
        Record(db, familyStillRenewing, typeof(FamilyVisaRenewed), 13);
        Record(db, neverEnded, typeof(ApplicationSubmitted), 0);
        await db.SaveChangesAsync();

        var removed = await new LogRetention(db, Catalogue, Options.Create(new RetentionOptions()), clock).SweepAsync(default);

        Assert.Equal(1, removed);
        var kept = await db.Entries.Select(e => e.CaseId).Distinct().ToListAsync();
        Assert.Equal(new[] { endedRecently, familyStillRenewing, neverEnded }.Order(), kept.Order());
    }

    static void Record(FeedDbContext db, Guid caseId, Type contract, int month) => db.Entries.Add(FeedEntry.Record(
        Guid.CreateVersion7(), Catalogue.Of(contract), caseId, Start.AddMonths(month), $$"""{"caseId":"{{caseId}}"}""", Start.AddMonths(month)));
}
