using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NomadPlatform.ServiceDefaults;

/// <summary>
/// The real clock moved forward by an offset that a test host or the simulation's demo writes to a file
/// (<c>Clock:TestOffsetFile</c>), so whole-platform tests and demonstrations can let 30 days or 12 months
/// pass in every service at once. The first offset read may be negative (a test host pins the platform
/// to a fixed date before the services start); after that it only grows. Nothing on the network can move
/// it, and a host refuses to start with it configured unless its environment is <c>Testing</c> or
/// <c>Simulation</c>; every response of such a host says so in <see cref="ResponseHeader"/>.
/// </summary>
public sealed class TestHostClock(string offsetFile) : TimeProvider
{
    public const string ConfigurationKey = "Clock:TestOffsetFile";

    /// <summary>On every response of a service whose clock can be moved: the time it believes, and by how much it was moved.</summary>
    public const string ResponseHeader = "Nomad-Simulated-Clock";

    public static class Environments
    {
        public const string Testing = "Testing";

        /// <summary>Demonstrations and training (<c>scripts/run.sh --simulation</c>): never production.</summary>
        public const string Simulation = "Simulation";

        /// <summary>Where a newcomer explores: the API reference page and gRPC reflection are offered, never in production.</summary>
        public static bool OffersDeveloperSurfaces(IHostEnvironment environment) =>
            environment.IsDevelopment() || environment.IsEnvironment(Simulation);
    }

    readonly Lock _gate = new();
    DateTime _readVersion = DateTime.MinValue;
    TimeSpan? _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public TimeSpan Offset
    {
        get
        {
            var version = File.GetLastWriteTimeUtc(offsetFile);
            lock (_gate)
            {
                if (version != _readVersion)
                {
                    _readVersion = version;
                    var text = File.Exists(offsetFile) ? File.ReadAllText(offsetFile).Trim() : "";
                    if (TimeSpan.TryParse(text, global::System.Globalization.CultureInfo.InvariantCulture, out var offset) && (_offset is null || offset > _offset))
                        _offset = offset;
                }
                return _offset ?? TimeSpan.Zero;
            }
        }
    }

    /// <summary>What a test host calls: every service reading <paramref name="offsetFile"/> sees the new time.</summary>
    public static void Write(string offsetFile, TimeSpan offset)
    {
        var next = offsetFile + ".next";
        File.WriteAllText(next, offset.ToString("c", global::System.Globalization.CultureInfo.InvariantCulture));
        File.Move(next, offsetFile, overwrite: true);
    }

    internal static void Register(IHostApplicationBuilder builder)
    {
        if (builder.Configuration[ConfigurationKey] is not { Length: > 0 } offsetFile)
        {
            builder.Services.AddSingleton(TimeProvider.System);
            return;
        }
        if (!builder.Environment.IsEnvironment(Environments.Testing) && !builder.Environment.IsEnvironment(Environments.Simulation))
            throw new InvalidOperationException(
                $"{ConfigurationKey} moves the service's clock for tests and simulations; it is refused outside the {Environments.Testing} and {Environments.Simulation} environments.");
        builder.Services.AddSingleton<TimeProvider>(new TestHostClock(offsetFile));
    }
}
