namespace NomadPlatform.Bench;

public static class Percentiles
{
    /// <summary>The nearest-rank percentile of an ascending list.</summary>
    public static double Of(IReadOnlyList<double> ascending, double percentile) =>
        ascending.Count == 0 ? double.NaN : ascending[Math.Clamp((int)Math.Ceiling(percentile / 100 * ascending.Count) - 1, 0, ascending.Count - 1)];
}
