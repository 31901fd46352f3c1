namespace NomadPlatform.Arrival.Infrastructure;

/// <summary>
/// Which numbers of a database sequence a reader has taken in, so that it reads only what is new. On
/// PostgreSQL and SQL Server a row may commit after a later-numbered one (its number taken first), and a
/// rolled-back insert leaves a hole for good: a hole below a number already seen is waited for as a
/// commit in flight for <see cref="HoleWait"/>, then passed over as a rollback. Not thread-safe.
/// </summary>
public sealed class CommittedSequence(TimeProvider time)
{
    public static readonly TimeSpan HoleWait = TimeSpan.FromMinutes(5);

    readonly SortedSet<long> above = [];
    (long After, DateTimeOffset Since)? hole;

    /// <summary>Every number up to this one has been taken in (or passed over as rolled back).</summary>
    public long Contiguous { get; private set; }

    /// <summary>Numbers above <see cref="Contiguous"/> already taken in: the next read leaves them out.</summary>
    public IReadOnlyCollection<long> TakenAbove => above;

    /// <summary>Whether the number is new to this reader; records it.</summary>
    public bool Take(long number) => number > Contiguous && above.Add(number);

    /// <summary>Moves <see cref="Contiguous"/> past everything taken in, and past a hole that has waited long enough.</summary>
    public void Advance()
    {
        Close();
        if (above.Count == 0) { hole = null; return; }
        var now = time.GetUtcNow();
        if (hole?.After != Contiguous) hole = (Contiguous, now);
        if (now - hole.Value.Since < HoleWait) return;
        // Every number in the hole was handed out before the number above it, so all have waited as long.
        Contiguous = above.Min - 1;
        Close();
        hole = above.Count > 0 ? (Contiguous, now) : null;
    }

    void Close()
    {
        while (above.Count > 0 && above.Min == Contiguous + 1)
        {
            Contiguous = above.Min;
            above.Remove(Contiguous);
        }
    }
}
