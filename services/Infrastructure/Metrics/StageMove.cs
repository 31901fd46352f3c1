namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>A case left <see cref="From"/> (none for a new record) after <see cref="TimeIn"/> and entered <see cref="To"/>.</summary>
public sealed record StageMove(string? From, TimeSpan? TimeIn, string To);
