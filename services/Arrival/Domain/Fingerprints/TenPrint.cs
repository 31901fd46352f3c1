using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Arrival.Domain.Fingerprints;

public sealed record CapturedFinger(FingerPosition Position, byte[] Template, MinutiaeRecord Record);

public sealed record MissingFinger(FingerPosition Position, MissingFingerReason Reason);

/// <summary>
/// A ten-print capture: every finger either printed (a readable template of enough quality) or
/// declared missing with a reason. Checked as a whole so the station can re-capture every bad finger at once.
/// </summary>
public sealed class TenPrint
{
    /// <summary>Finger quality (ISO/IEC 19794-2, 0–100) below which the finger is captured again.</summary>
    public const int MinimumQuality = 40;

    public const int Fingers = 10;

    public IReadOnlyList<CapturedFinger> Captured { get; }
    public IReadOnlyList<MissingFinger> Missing { get; }

    TenPrint(IReadOnlyList<CapturedFinger> captured, IReadOnlyList<MissingFinger> missing) => (Captured, Missing) = (captured, missing);

    public static TenPrint Check(IReadOnlyList<(FingerPosition Position, byte[] Template)> printed, IReadOnlyList<MissingFinger> missing)
    {
        var failures = new List<CheckFailure>();
        var captured = new List<CapturedFinger>();
        foreach (var (position, template) in printed)
        {
            if (!MinutiaeRecord.TryParse(template, out var record, out var reason))
                failures.Add(new(position.ToString(), "template-unreadable", $"The {position} template is unreadable: {reason}."));
            else if (record.Position != position)
                failures.Add(new(position.ToString(), "template-position-mismatch", $"The template sent as the {position} is a print of the {record.Position}."));
            else if (record.Quality < MinimumQuality)
                failures.Add(new(position.ToString(), "quality-too-low", $"The {position} has quality {record.Quality}, below {MinimumQuality}: capture it again."));
            else if (record.Minutiae.Count < FingerprintMatcher.MinimumPairedMinutiae)
                failures.Add(new(position.ToString(), "too-few-minutiae", $"The {position} shows {record.Minutiae.Count} minutiae, fewer than the {FingerprintMatcher.MinimumPairedMinutiae} needed to identify it: capture it again."));
            else
                captured.Add(new(position, template, record));
        }

        var accounted = printed.Select(p => p.Position).Concat(missing.Select(m => m.Position)).ToList();
        foreach (var position in accounted.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key))
            failures.Add(new(position.ToString(), "finger-twice", $"The {position} is given more than once."));
        foreach (var position in Enum.GetValues<FingerPosition>().Except(accounted))
            failures.Add(new(position.ToString(), "finger-unaccounted", $"The {position} is neither printed nor declared missing with a reason."));
        if (printed.Count == 0)
            failures.Add(new("fingers", "no-fingers", $"No finger is printed: a registration needs at least one."));

        if (failures.Count > 0) throw new ChecksFailed("arrival.ten-print-incorrect", $"The ten-print capture needs correcting.", failures);
        return new TenPrint(captured, missing);
    }
}
