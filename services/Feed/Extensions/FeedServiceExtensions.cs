using MassTransit;
using NomadPlatform.Feed.Consumers;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Partners;
using NomadPlatform.Feed.Features.Push;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Feed.Features.Record;
using NomadPlatform.Feed.Features.Retention;
using NomadPlatform.Feed.Infrastructure;
using NomadPlatform.Feed.Infrastructure.Migrations.Postgres;
using NomadPlatform.Feed.Infrastructure.Migrations.Sqlite;
using NomadPlatform.Feed.Infrastructure.Migrations.SqlServer;
using NomadPlatform.Feed.Security;
using NomadPlatform.Infrastructure.Deadlines;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Systems;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Feed.Extensions;

public static class FeedServiceExtensions
{
    /// <summary>
    /// The one queue every public case event reaches the feed on, taken one at a time so positions keep the
    /// broker's order: of twin instances only one consumes (single active consumer), the other takes over
    /// when it goes. A queue declared before without that argument must be drained and deleted once.
    /// </summary>
    public const string CaseEventsQueue = "feed-case-events";

    public static WebApplicationBuilder AddFeedServices(this WebApplicationBuilder builder)
    {
        var catalogue = EventCatalogue.FromContracts();
        builder.AddServiceDatabase<FeedDbContext, FeedSqliteDbContext, FeedPostgresDbContext, FeedSqlServerDbContext>("feeddb");
        builder.AddServiceMessaging<FeedDbContext>("feed", bus =>
        {
            foreach (var type in catalogue.All)
                bus.AddConsumer(typeof(CaseEventRecorder<>).MakeGenericType(type.ContractType)).Endpoint(e =>
                {
                    e.Name = CaseEventsQueue;
                    e.ConcurrentMessageLimit = 1;
                    e.AddConfigureEndpointCallback(endpoint =>
                    {
                        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.SingleActiveConsumer = true;
                    });
                });
        });
        builder.Services.AddCaseProblems(typeof(FeedServiceExtensions).Assembly);
        builder.AddSystemIdentity<FeedDbContext>("feed");
        builder.AddOrganisationSeal<FeedDbContext>("NomadPlatform case event feed");
        builder.AddAgencyAccess(FeedRoles.All);
        // Partners' systems call with tokens Identity issued them for the feed (client credentials, their system certificate).
        builder.AddSystemAuthentication("feed");
        builder.Services.AddAuthorizationBuilder().AddPolicy(AccessPolicies.OrganisationSystem, policy => policy
            .AddAuthenticationSchemes(AuthenticationExtensions.SystemScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(PlatformClaims.Bin));

        builder.Services.AddSingleton(catalogue);
        builder.Services.AddSingleton<FeedSignal>();
        builder.Services.AddSingleton<AgencyDirectory>();
        builder.Services.AddOptions<FeedOptions>().BindConfiguration("Feed");
        builder.Services.AddScoped<FeedReader>();
        builder.Services.AddSingleton<PartnerGrantsMemory>();
        builder.Services.AddScoped<PartnerRights>();
        builder.Services.AddScoped<EventSigner>();
        builder.Services.AddScoped<PartnerRegistry>();
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration("Feed:Webhooks")
            .PostConfigure<IHostEnvironment>((o, environment) => o.AllowPlainHttp |= environment.IsDevelopment()
                || environment.IsEnvironment(TestHostClock.Environments.Testing) || environment.IsEnvironment(TestHostClock.Environments.Simulation));
        builder.Services.AddHostedService<WebhookSender>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Feed:Retention");
        builder.Services.AddDeadlineSweep<LogRetention>();
        return builder;
    }
}
