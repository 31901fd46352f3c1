using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// Demonstrations and training (<c>Simulation:Enabled</c>, <c>scripts/run.sh --simulation</c>): every
/// service runs in the <c>Simulation</c> environment on a clock that <c>scripts/demo.sh --simulated</c>
/// moves forward through a file, and says so on every response. Its data lives apart
/// (<c>.data/simulation/</c>), so a moved clock never writes future dates into the real platform's data.
/// </summary>
public static class SimulationMode
{
    public const string ClockFileName = "clock-offset";

    public static bool IsEnabled(IDistributedApplicationBuilder builder) => builder.Configuration.GetValue<bool>("Simulation:Enabled");

    /// <summary>Call before anything resolves a data path.</summary>
    public static void KeepDataApart(IDistributedApplicationBuilder builder)
    {
        if (IsEnabled(builder) && builder.Configuration["AppHost:DataDirectory"] is null)
            builder.Configuration["AppHost:DataDirectory"] = Path.Combine(builder.AppHostDirectory, "..", ".data", "simulation");
    }

    /// <summary>Call once every service is added.</summary>
    public static void MoveClocks(IDistributedApplicationBuilder builder)
    {
        if (!IsEnabled(builder)) return;
        var clockFile = Path.Combine(DataDirectory.Resolve(builder), ClockFileName);
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
            builder.CreateResourceBuilder(project)
                .WithEnvironment("DOTNET_ENVIRONMENT", "Simulation")
                .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Simulation")
                .WithEnvironment("Clock__TestOffsetFile", clockFile)
                .WithEnvironment("Deadlines__SweepInterval", "00:00:01");
    }
}
