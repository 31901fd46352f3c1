namespace NomadPlatform.Infrastructure.Deadlines;

/// <summary>Finds what has passed its deadline on the service's clock and acts on it once (flag, cancel), raising events through the outbox.</summary>
public interface IDeadlineSweeper
{
    /// <returns>How many items it acted on.</returns>
    Task<int> SweepAsync(CancellationToken cancellationToken);
}
