namespace NomadPlatform.Infrastructure.Risk;

public sealed class RiskOptions
{
    /// <summary>The share of a stage's legal time after which a case with no progress is at risk.</summary>
    public double Share { get; set; } = 0.5;

    /// <summary>How often the watcher looks (real time).</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);
}
