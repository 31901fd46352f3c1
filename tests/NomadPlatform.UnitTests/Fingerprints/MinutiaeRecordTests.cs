using System.Buffers.Binary;
using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.UnitTests.Fingerprints;

public sealed class MinutiaeRecordTests
{
    [Fact]
    public void A_capture_stations_record_reads_back_position_quality_and_minutiae()
    {
        var minutiae = SyntheticFingerprints.Finger(1, 2);

        Assert.True(MinutiaeRecord.TryParse(SyntheticFingerprints.Record(2, 73, minutiae), out var record, out var reason), reason);

        Assert.Equal(FingerPosition.RightIndex, record.Position);
        Assert.Equal(73, record.Quality);
        Assert.Equal(minutiae.Select(m => (m.X, m.Y, m.Kind)), record.Minutiae.Select(m => (m.X, m.Y, (int)m.Kind)));
        Assert.All(minutiae.Zip(record.Minutiae), p => Assert.InRange(Math.Abs(p.First.Angle - p.Second.Angle) % 360, 0, MinutiaeRecord.AngleUnit));
    }

    public static TheoryData<string, Func<byte[], byte[]>> Broken => new()
    {
        { "FMR", b => [.. "PNG\0"u8, .. b[4..]] },
        { "version", b => { b[5] = (byte)'3'; return b; } },
        { "length", b => b[..^1] },
        { "one finger view", b => { b[22] = 2; return b; } },
        { "not a finger", b => { b[24] = 11; return b; } },
        { "quality", b => { b[26] = 101; return b; } },
        { "outside", b => { BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(28), 0x4000 | 600); return b; } },
        { "extended data", b => { b[^1] = 9; return b; } },
        { "exceeds", b => [.. b, .. new byte[MinutiaeRecord.MaximumLength]] },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_record_is_refused_with_the_reason(string expected, Func<byte[], byte[]> breakIt)
    {
        var broken = breakIt(SyntheticFingerprints.Record(1, 80, SyntheticFingerprints.Finger(1, 1)));

        Assert.False(MinutiaeRecord.TryParse(broken, out _, out var reason));
        Assert.Contains(expected, reason);
    }
}
