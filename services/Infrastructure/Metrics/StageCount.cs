namespace NomadPlatform.Infrastructure.Metrics;

public sealed record StageCount(string Stage, long Cases);
