using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.TestService;

namespace NomadPlatform.IntegrationTests.Messaging;

/// <summary>
/// A government system calls no one outside the platform: a service's messaging (MassTransit on a real
/// RabbitMQ), started, used and stopped, makes no HTTP request beyond this machine. MassTransit's
/// usage telemetry would POST to usage-tracking.masstransit.io 5 minutes after start, or at shutdown
/// when asked to: the test asks, so that a telemetry left on would show within the test.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class NoCallHomeTests(RabbitMqServer rabbit)
{
    [Fact]
    public async Task A_service_started_used_and_stopped_sends_no_request_off_the_machine()
    {
        var requests = new ConcurrentBag<Uri>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            // Tags are complete once the request has ended (or failed).
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("url.full") is string url) requests.Add(new Uri(url));
                else if (activity.GetTagItem("server.address") is string host) requests.Add(new UriBuilder("http", host, activity.GetTagItem("server.port") as int? ?? 80).Uri);
            },
        };
        ActivitySource.AddActivityListener(listener);
        var database = $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-test-{Guid.NewGuid():N}.db")}";
        var service = new TestServiceHost(DatabaseProvider.Sqlite, database, rabbit.ConnectionString, $"t{Guid.NewGuid():N}"[..12])
        {
            ConfigureServices = services => services.Configure<UsageTelemetryOptions>(o => o.ReportOnShutdown = true),
        };

        await using (var host = await service.StartAsync())
        {
            Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
            var caseId = Guid.NewGuid();
            await TestServiceHost.NoteAsync(host.Services, caseId, "documents verified");
            await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 1);
        } // stopped: a telemetry left on reports now
        // The listener sees this process's requests: one to this machine, which goes nowhere.
        using (var local = new HttpClient { Timeout = TimeSpan.FromSeconds(2) })
            await Assert.ThrowsAnyAsync<Exception>(() => local.GetAsync("http://127.0.0.1:9/"));

        Assert.Contains(requests, uri => uri.Port == 9);
        Assert.All(requests, uri => Assert.True(IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address) || uri.Host == "localhost",
            $"a request left the machine: {uri}"));
    }
}
