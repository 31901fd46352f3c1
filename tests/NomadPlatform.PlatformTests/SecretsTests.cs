using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The dashboard shows every resource's environment and properties to whoever opens it: no secret the
/// AppHost keeps (the CA's key passphrase, each agency's enrolment code and system key passphrase,
/// the Hub's seal passphrase, the administrators' key passphrase) may be among them. Services get them as files only they can read.
/// </summary>
[Collection(PlatformCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes are POSIX
public sealed class SecretsTests(PlatformFixture platform)
{
    [Fact]
    public void No_secret_value_is_in_the_resource_data_the_dashboard_shows_and_the_services_read_them_from_their_own_files()
    {
        var secrets = Directory.GetFiles(Path.Combine(platform.DataDirectory, "secrets"))
            .Select(file => (Name: Path.GetFileName(file), Value: File.ReadAllText(file).Trim()))
            .ToList();
        var notifications = platform.App.Services.GetRequiredService<ResourceNotificationService>();
        var model = platform.App.Services.GetRequiredService<DistributedApplicationModel>();
        var shown = new List<string>();
        foreach (var resource in model.Resources)
        {
            if (!notifications.TryGetCurrentState(resource.Name, out var state)) continue;
            shown.AddRange(state.Snapshot.EnvironmentVariables.Select(v => $"{resource.Name} env {v.Name}={v.Value}"));
            shown.AddRange(state.Snapshot.Properties.Select(p => $"{resource.Name} property {p.Name}={p.Value}"));
        }

        Assert.Contains("eds-ca-passphrase", secrets.Select(s => s.Name));
        Assert.Contains("hubintake-enrolment-code", secrets.Select(s => s.Name));
        Assert.Contains("approval-system-key-passphrase", secrets.Select(s => s.Name));
        Assert.True(shown.Count > 50, "the dashboard's resource data was not read");
        foreach (var (name, value) in secrets)
            Assert.DoesNotContain(shown, line => line.Contains(value, StringComparison.Ordinal));
        foreach (var service in LocalPlatform.Services)
        {
            var directory = Path.Combine(platform.DataDirectory, "secrets", "services", service);
            Assert.Contains(shown, line => line == $"{service} env Secrets__Directory={directory}");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
            Assert.All(Directory.GetFiles(directory), file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
        }
        Assert.Equal(secrets.Single(s => s.Name == "hub-seal-passphrase").Value,
            File.ReadAllText(Path.Combine(platform.DataDirectory, "secrets", "services", "hubintake", "Seal__KeyPassphrase")));
    }

    [Fact]
    public async Task The_broker_has_no_guest_and_each_agency_connects_with_its_own_account_named_without_its_password()
    {
        var broker = new Uri(await platform.BrokerConnectionStringAsync());
        var guest = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri($"amqp://guest:guest@{broker.Host}:{broker.Port}") };
        var notifications = platform.App.Services.GetRequiredService<ResourceNotificationService>();

        await Assert.ThrowsAsync<RabbitMQ.Client.Exceptions.BrokerUnreachableException>(async () => await guest.CreateConnectionAsync());
        foreach (var service in LocalPlatform.Services)
        {
            Assert.True(notifications.TryGetCurrentState(service, out var state));
            var messaging = state.Snapshot.EnvironmentVariables.Single(v => v.Name == "ConnectionStrings__messaging").Value;
            Assert.Equal($"amqp://{service}@localhost:{broker.Port}", messaging);
        }
    }
}
