using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace NomadPlatform.PlatformTests;

/// <summary>The whole platform as the AppHost runs it (local RabbitMQ, one SQLite file per service), once per test run.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["identity", "hubintake", "approval", "arrival", "pscissuance"];

    public DistributedApplication App { get; private set; } = null!;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("nomad-platform-").FullName;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.NomadPlatform_AppHost>(
            [
                $"--AppHost:DataDirectory={DataDirectory}",
                $"--Messaging:NodeName=nomadplatformtest{Environment.ProcessId}",
                "--Messaging:Broker=local",
            ],
            (options, _) => options.DisableDashboard = false);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        App = await builder.BuildAsync();
        await App.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        foreach (var service in Services)
            await App.ResourceNotifications.WaitForResourceHealthyAsync(service, timeout.Token);
    }

    public HttpClient Client(string service)
    {
        var client = App.CreateHttpClient(service, "http");
        client.DefaultRequestHeaders.Add("Accept", "application/json, application/problem+json");
        return client;
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
