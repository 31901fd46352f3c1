using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.PlatformHarness;

/// <summary>
/// The whole platform as the AppHost runs it (local RabbitMQ; one SQLite file per service, or PostgreSQL
/// when the start's settings choose it; each service once, or <see cref="Instances"/> times), in the
/// <c>Testing</c> environment on a clock that only this host can move.
/// </summary>
public class LocalPlatform : IAsyncDisposable
{
    readonly bool _withDashboard;

    public LocalPlatform(bool withDashboard = true)
    {
        _withDashboard = withDashboard;
        Staff = new PlatformStaff(this);
        ClockMoving += RenewSystemCertificatesAsync;
    }

    readonly Dictionary<string, DateTimeOffset> _systemCertificateExpiry = [];

    /// <summary>
    /// Each agency's administrator renews its system certificate before the clock would carry it into
    /// its last 30 days. An agency is asked only when its expiry is unknown or due; one that does not
    /// answer (a test has stopped it), or holds no certificate yet (an instance just restarted), is passed over.
    /// </summary>
    async Task RenewSystemCertificatesAsync(DateTimeOffset until)
    {
        foreach (var service in Services.Where(s => s != "identity"))
        {
            if (_systemCertificateExpiry.TryGetValue(service, out var known) && known - TimeSpan.FromDays(30) > until) continue;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                if (await SystemCertificateAsync(service, HttpMethod.Get, "/api/system/certificate", timeout.Token) is not { } notAfter) continue;
                if (notAfter - TimeSpan.FromDays(30) <= until
                    && await SystemCertificateAsync(service, HttpMethod.Post, "/api/system/certificate/renewal", timeout.Token) is { } renewed)
                    notAfter = renewed;
                _systemCertificateExpiry[service] = notAfter;
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or Polly.ExecutionRejectedException)
            {
            }
        }
    }

    async Task<DateTimeOffset?> SystemCertificateAsync(string service, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var client = Client(service);
        using var request = new HttpRequestMessage(method, path);
        await (await Staff.AdministratorAsync(service)).AuthorizeAsync(request);
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var view = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content, cancellationToken);
        return view.GetProperty("notAfter") is { ValueKind: System.Text.Json.JsonValueKind.String } notAfter ? notAfter.GetDateTimeOffset() : null;
    }

    public static readonly string[] Services = ["identity", "hubintake", "approval", "arrival", "pscissuance", "feed", "notifications"];

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The mails the platform sent, as the AppHost's local mail sink received them.</summary>
    public MailSinkInbox Mail => new(this);

    /// <summary>The agencies' administrators and officers, signed in with their EDS keys.</summary>
    public PlatformStaff Staff { get; }

    public string DataDirectory { get; } = CreateDataDirectory();

    /// <summary>
    /// A fresh folder for the run, which others may pass through but not list: under root, a local
    /// PostgreSQL runs as the postgres user and must reach its cluster inside.
    /// </summary>
    static string CreateDataDirectory()
    {
        var folder = Directory.CreateTempSubdirectory("nomad-platform-");
        if (!OperatingSystem.IsWindows())
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return folder.FullName;
    }

    string ClockFile => Path.Combine(DataDirectory, "clock-offset");

    /// <summary>
    /// Where the platform's clock starts: a fixed Wednesday morning in Astana, so that what runs on it
    /// (12-month bans, business-day deadlines) falls inside the years the calendar has data for,
    /// whatever day it runs.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 10, 7, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The platform's clock: from <see cref="Start"/>, moved forward by every <see cref="AdvanceClock"/> so far.</summary>
    public DateTimeOffset Now => DateTimeOffset.UtcNow + _clockOffset;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>Requests this host's HTTP clients sent again after a transient failure (a closed port, a 5xx, a timeout).</summary>
    public int RequestRetries => Volatile.Read(ref _requestRetries);

    int _requestRetries;
    readonly CancellationTokenSource _stopping = new();
    Task _logCopies = Task.CompletedTask;
    TimeSpan _clockOffset;
    readonly Lock _clock = new();

    /// <summary>Raised with the new time before the clock moves: keys that would expire are renewed while still valid.</summary>
    public event Func<DateTimeOffset, Task>? ClockMoving;

    /// <summary>
    /// The longest single move: certificates live a year and are renewed within their last 30 days, so a
    /// longer move is made in steps, each announced by <see cref="ClockMoving"/> (a holder renews in time).
    /// </summary>
    static readonly TimeSpan LongestStep = TimeSpan.FromDays(180);

    /// <summary>Lets time pass in every service at once (the offset only grows).</summary>
    public void AdvanceClock(TimeSpan by)
    {
        if (by <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The platform's clock only moves forward.");
        while (by > TimeSpan.Zero)
        {
            var step = by < LongestStep ? by : LongestStep;
            if (ClockMoving is { } moving)
                foreach (var handler in moving.GetInvocationList().Cast<Func<DateTimeOffset, Task>>())
                    handler(Now + step).GetAwaiter().GetResult();
            lock (_clock)
            {
                _clockOffset += step;
                TestHostClock.Write(ClockFile, _clockOffset);
            }
            by -= step;
        }
    }

    public async Task StartAsync(params string[] settings)
    {
        // Before the AppHost picks free ports for the servers it starts itself: a variant's own listener
        // (a CRL server on port 0) taken after that could be handed the very port the broker is about to bind.
        var serviceSettings = await ServiceSettingsAsync();
        DatabaseProvider = settings.LastOrDefault(s => s.StartsWith("--Database:Provider=", StringComparison.Ordinal))?.Split('=')[1] ?? "Sqlite";
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.NomadPlatform_AppHost>(
            [
                $"--AppHost:DataDirectory={DataDirectory}",
                $"--Messaging:NodeName=nomadplatform{Environment.ProcessId}{GetType().Name.ToLowerInvariant()}",
                "--Messaging:Broker=local",
                // Tests read the dashboard's telemetry API without its login; `scripts/run.sh` keeps the login.
                "--ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true",
                // A partner system with a read-only broker account, as the fault-injection run watches the events.
                $"--Messaging:Partners:0={ObserverPartner}",
                // Organisations registered with the national CA that the feed's tests make partners.
                .. PartnerOrganisation.All.SelectMany(p => new[] { $"--Partners:{p.Key}:Bin={p.Bin}", $"--Partners:{p.Key}:Name={p.Name}" }),
                $"--Services:Replicas={Instances}",
                .. settings,
            ],
            (options, _) => options.DisableDashboard = !_withDashboard);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(resilience =>
            resilience.Retry.OnRetry = _ =>
            {
                Interlocked.Increment(ref _requestRetries);
                return ValueTask.CompletedTask;
            }));
        // Health checks fail and retry while the services start (expected); the services' own console
        // logs stay in the dashboard and the process output, not on this host's screen.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Polly", LogLevel.None)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("NomadPlatform.AppHost.Resources", LogLevel.Warning));
        _clockOffset = Start - DateTimeOffset.UtcNow;
        TestHostClock.Write(ClockFile, _clockOffset);
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            var resource = builder.CreateResourceBuilder(project)
                .WithEnvironment("DOTNET_ENVIRONMENT", TestHostClock.Environments.Testing)
                .WithEnvironment("ASPNETCORE_ENVIRONMENT", TestHostClock.Environments.Testing)
                .WithEnvironment("Clock__TestOffsetFile", ClockFile)
                .WithEnvironment("Deadlines__SweepInterval", "00:00:01")
                .WithEnvironment("System__CheckInterval", "00:00:02")
                .WithEnvironment("Metrics__GaugeInterval", "00:00:02")
                .WithEnvironment("Risk__ScanInterval", "00:00:02")
                .WithEnvironment("Audit__SealInterval", "00:00:03");
            foreach (var (name, value) in EveryServiceSettings) resource.WithEnvironment(name.Replace(":", "__"), value);
            foreach (var (_, name, value) in serviceSettings.Where(s => s.Service == project.Name))
                resource.WithEnvironment(name.Replace(":", "__"), value);
        }
        App = await builder.BuildAsync();
        _logCopies = ResourceLogFiles.Copy(App, Path.Combine(DataDirectory, "logs"), _stopping.Token);
        // A platform that cannot start (a server that failed to bind) fails the run instead of hanging it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await App.StartAsync(timeout.Token);
        foreach (var service in Services)
            await this.WaitForInstancesHealthyAsync(service, Instances, timeout.Token);
    }

    /// <summary>The services' database provider, as the start's settings chose it (<c>--Database:Provider=…</c>; SQLite otherwise).</summary>
    public string DatabaseProvider { get; private set; } = "Sqlite";

    /// <summary>How many instances of each agency's service run side by side (the AppHost's <c>Services:Replicas</c>).</summary>
    public int Instances { get; init; } = 1;

    /// <summary>Configuration given to every service (e.g. the benchmark's <c>Audit:Enabled=false</c>).</summary>
    public IReadOnlyDictionary<string, string> EveryServiceSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Configuration a platform variant gives one service (e.g. Identity's key algorithm or trusted CAs), read before it starts.</summary>
    protected virtual Task<IReadOnlyList<(string Service, string Name, string Value)>> ServiceSettingsAsync() =>
        Task.FromResult<IReadOnlyList<(string, string, string)>>([]);

    public HttpClient Client(string service)
    {
        var client = App.CreateHttpClient(service, "http");
        client.DefaultRequestHeaders.Add("Accept", "application/json, application/problem+json");
        return client;
    }

    public const string ObserverPartner = "observer";

    /// <summary>The broker's operator account, with its password (the AppHost's connection string leaves it out).</summary>
    public Task<string> BrokerConnectionStringAsync() => BrokerAccountAsync(null, "broker-operator-password");

    /// <summary>A partner's read-only broker account (<c>partner-{name}</c>), with its password.</summary>
    public Task<string> PartnerConnectionStringAsync(string partner) => BrokerAccountAsync($"partner-{partner}", $"broker-partner-{partner}-password");

    async Task<string> BrokerAccountAsync(string? user, string passwordFile)
    {
        var address = await App.GetConnectionStringAsync("messaging") ?? throw new InvalidOperationException("The AppHost gave no messaging connection string.");
        var password = File.ReadAllText(Path.Combine(DataDirectory, "secrets", passwordFile)).Trim();
        // amqp://user@host:port/vhost, a cluster's hosts listed: host1:port,host2:port,…
        var scheme = address[..address.IndexOf("://", StringComparison.Ordinal)];
        var rest = address[(scheme.Length + 3)..];
        var userInfo = rest.Contains('@') ? rest[..rest.IndexOf('@')] : "";
        if (user is null && userInfo.Contains(':')) return address; // an existing broker's string as given
        return $"{scheme}://{user ?? userInfo}:{Uri.EscapeDataString(password)}@{rest[(rest.IndexOf('@') + 1)..]}";
    }

    /// <summary>A gRPC channel to <paramref name="service"/>'s gRPC endpoint (requests up to 20 MiB).</summary>
    public Grpc.Net.Client.GrpcChannel Channel(string service) =>
        Grpc.Net.Client.GrpcChannel.ForAddress(App.GetEndpoint(service, "grpc"), new Grpc.Net.Client.GrpcChannelOptions { MaxSendMessageSize = 20 * 1024 * 1024 });

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        Staff.Dispose();
        if (App is null) return;
        await App.StopAsync();
        await _stopping.CancelAsync();
        await _logCopies;
        await App.DisposeAsync();
        _stopping.Dispose();
    }
}
