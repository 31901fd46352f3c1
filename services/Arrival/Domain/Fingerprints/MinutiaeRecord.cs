using System.Buffers.Binary;

namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>
/// One finger's template as a capture station sends it: an ISO/IEC 19794-2:2005 finger minutiae record
/// ("FMR\0", version " 20\0") holding a single finger view. Only the parts the duplicate check and the
/// quality rule need are kept; the original bytes are what gets stored.
/// </summary>
public sealed record MinutiaeRecord(FingerPosition Position, int Quality, int Width, int Height, IReadOnlyList<Minutia> Minutiae)
{
    public const int HeaderLength = 24;
    public const int ViewHeaderLength = 4;
    public const int MinutiaLength = 6;
    public const int MaximumLength = 8 * 1024;

    /// <summary>An angle unit of the format: 360 / 256 degrees.</summary>
    public const double AngleUnit = 360.0 / 256;

    static ReadOnlySpan<byte> FormatIdentifier => "FMR\0"u8;
    static ReadOnlySpan<byte> Version => " 20\0"u8;

    public static bool TryParse(ReadOnlySpan<byte> bytes, out MinutiaeRecord record, out string reason)
    {
        record = null!;
        reason = Problem(bytes) ?? "";
        if (reason.Length > 0) return false;

        int width = BinaryPrimitives.ReadUInt16BigEndian(bytes[14..]), height = BinaryPrimitives.ReadUInt16BigEndian(bytes[16..]);
        var view = bytes[HeaderLength..];
        var minutiae = new Minutia[view[3]];
        for (var i = 0; i < minutiae.Length; i++)
        {
            var m = view.Slice(ViewHeaderLength + i * MinutiaLength, MinutiaLength);
            var typeAndX = BinaryPrimitives.ReadUInt16BigEndian(m);
            var y = BinaryPrimitives.ReadUInt16BigEndian(m[2..]) & 0x3FFF;
            var x = typeAndX & 0x3FFF;
            if (x >= width || y >= height)
            {
                reason = $"minutia {i + 1} at ({x}, {y}) lies outside the {width}×{height} image";
                return false;
            }
            minutiae[i] = new Minutia(x, y, m[4] * AngleUnit, (MinutiaKind)(typeAndX >> 14));
        }
        record = new MinutiaeRecord((FingerPosition)view[0], view[2], width, height, minutiae);
        return true;
    }

    static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaximumLength) return $"a template of {bytes.Length} bytes exceeds {MaximumLength}";
        if (bytes.Length < HeaderLength + ViewHeaderLength + 2 || !bytes.StartsWith(FormatIdentifier))
            return "not an ISO/IEC 19794-2 finger minutiae record (it must start with \"FMR\\0\")";
        if (!bytes[4..8].SequenceEqual(Version)) return "only version 2.0 (\" 20\\0\") of ISO/IEC 19794-2 is read";
        if (BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]) != bytes.Length) return "the record length does not match the bytes received";
        if (BinaryPrimitives.ReadUInt16BigEndian(bytes[14..]) == 0 || BinaryPrimitives.ReadUInt16BigEndian(bytes[16..]) == 0) return "the image size is zero";
        if (bytes[22] != 1) return $"a template holds exactly one finger view, not {bytes[22]}";

        var view = bytes[HeaderLength..];
        if (view[0] is < 1 or > 10) return $"finger position {view[0]} is not a finger (1–10)";
        if ((view[1] & 0x0F) > 3) return $"impression type {view[1] & 0x0F} is not a fingerprint capture";
        if (view[2] > 100) return $"finger quality {view[2]} is outside 0–100";
        var extendedAt = ViewHeaderLength + view[3] * MinutiaLength;
        if (view.Length < extendedAt + 2) return $"the record ends before its {view[3]} minutiae";
        if (view.Length != extendedAt + 2 + BinaryPrimitives.ReadUInt16BigEndian(view[extendedAt..]))
            return "the extended data length does not match the record";
        return null;
    }
}
