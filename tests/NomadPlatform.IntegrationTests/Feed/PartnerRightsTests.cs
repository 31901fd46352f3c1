using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Feed.Features.Partners;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;

namespace NomadPlatform.IntegrationTests.Feed;

/// <summary>
/// A partner's grants, read on every feed read, come from memory for a few seconds: a grant or withdrawal
/// made at the same instance is seen at once, one made at a twin once the kept grants are older than
/// <see cref="FeedOptions.GrantsKeptFor"/>.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PartnerRightsTests(PostgresServer postgres)
{
    const string Administrator = "870816371471";
    static readonly Bin Partner = Bin.Parse("180540000012");
    static readonly EventCatalogue Catalogue = EventCatalogue.FromContracts();
    static readonly string Submitted = Catalogue.Of(typeof(ApplicationSubmitted)).Name;
    static readonly string Approved = Catalogue.Of(typeof(PreliminaryApprovalGranted)).Name;
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Grants_changed_here_are_seen_at_once_and_those_changed_at_a_twin_once_the_kept_grants_are_old(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "feedrights");
        await using (var db = Feed(provider, connection)) await db.Database.MigrateAsync();
        var options = Options.Create(new FeedOptions { GrantsKeptFor = TimeSpan.FromSeconds(5) });
        PartnerGrantsMemory here = new(options, _clock), twin = new(options, _clock);

        // A BIN that is no partner yet is not remembered as such.
        Assert.Null(await RightsAsync(provider, connection, here));
        await AdministerAsync(provider, connection, here, async registry =>
        {
            await registry.RegisterAsync(Partner, "Kaspi Relocation", Administrator, default);
            await registry.GrantAsync(Partner.Value, Submitted, [], Administrator, default);
        });
        Assert.Equal([Submitted], (await RightsAsync(provider, connection, here))!.Keys);

        await AdministerAsync(provider, connection, here, registry => registry.GrantAsync(Partner.Value, Approved, [], Administrator, default));
        Assert.Equal([Approved, Submitted], (await RightsAsync(provider, connection, here))!.Keys.Order());

        await AdministerAsync(provider, connection, twin, registry => registry.WithdrawAsync(Partner.Value, Approved, Administrator, default));
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal([Approved, Submitted], (await RightsAsync(provider, connection, here))!.Keys.Order());
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([Submitted], (await RightsAsync(provider, connection, here))!.Keys);

        await AdministerAsync(provider, connection, here, registry => registry.WithdrawAsync(Partner.Value, Submitted, Administrator, default));
        Assert.Empty((await RightsAsync(provider, connection, here))!);
    }

    static FeedDbContext Feed(DatabaseProvider provider, string connection) => (FeedDbContext)ProviderContexts.Create("Feed", provider, connection);

    /// <summary>An administrator's act at the instance whose grants memory is <paramref name="memory"/>.</summary>
    async Task AdministerAsync(DatabaseProvider provider, string connection, PartnerGrantsMemory memory, Func<PartnerRegistry, Task> act)
    {
        await using var db = Feed(provider, connection);
        await act(new PartnerRegistry(db, Catalogue, memory, _clock));
    }

    static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>?> RightsAsync(DatabaseProvider provider, string connection, PartnerGrantsMemory memory)
    {
        await using var db = Feed(provider, connection);
        return await new PartnerRights(db, memory).OfAsync(Partner.Value, default);
    }
}
