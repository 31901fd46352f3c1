namespace NomadPlatform.Bench;

public sealed record BenchmarkResult(string Name, long Operations, double Seconds)
{
    public double OperationsPerSecond => Operations / Seconds;
}
