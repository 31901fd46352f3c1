using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.IntegrationTests.TestService;

/// <summary>A service built exactly as the agencies' services are: own database, outbox relay, inbox, RabbitMQ.</summary>
public sealed class TestServiceHost(DatabaseProvider provider, string databaseConnection, string brokerConnection, string serviceName)
{
    public string ServiceName { get; } = serviceName;

    /// <summary>Whether the test service's own consumers (notes, poison pills) run; an agency's account may not bind their exchanges.</summary>
    public bool TestConsumers { get; init; } = true;

    /// <summary>A test's own consumers, beside the test service's.</summary>
    public Action<IBusRegistrationConfigurator>? AddConsumers { get; init; }

    /// <summary>A test's own settings, applied after the service's.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public IHost Build()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:testdb"] = databaseConnection,
            ["ConnectionStrings:messaging"] = brokerConnection,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<TestDbContext, TestSqliteDbContext, TestPostgresDbContext, TestSqlServerDbContext>("testdb");
        builder.AddServiceMessaging<TestDbContext>(ServiceName, bus =>
        {
            if (TestConsumers)
            {
                bus.AddConsumer<CaseNotedConsumer>();
                bus.AddConsumer<PoisonPillConsumer>();
                bus.AddConsumer<FlakyNoteConsumer>();
            }
            AddConsumers?.Invoke(bus);
        });
        builder.Services.Configure<ConsumerRetryOptions>(o =>
        {
            o.Intervals = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50)];
            o.RedeliveryDelays = [TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600)];
        });
        builder.Services.Configure<OutboxRelayOptions>(o => o.PollInterval = TimeSpan.FromMilliseconds(200));
        ConfigureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    public async Task<RunningHost> StartAsync()
    {
        var host = Build();
        await CreateSchemaAsync(host.Services);
        await host.StartAsync();
        return new RunningHost(host);
    }

    public static async Task CreateSchemaAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
    }

    public static async Task<T> QueryAsync<T>(IServiceProvider services, Func<TestDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public static async Task NoteAsync(IServiceProvider services, Guid caseId, string text)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var file = await db.CaseFiles.FindAsync(caseId) ?? db.CaseFiles.Add(CaseFile.Open(caseId)).Entity;
        file.Note(text, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    public static Task<List<ReceivedNote>> ReceivedAsync(IServiceProvider services, Guid caseId) =>
        QueryAsync(services, db => db.ReceivedNotes.AsNoTracking().Where(n => n.CaseId == caseId).ToListAsync());
}
