using System.Buffers.Binary;

namespace NomadPlatform.Applicants;

/// <summary>
/// Ten-prints as a capture station sends them: ISO/IEC 19794-2:2005 minutiae records, one per finger.
/// A person's fingers are fixed by a seed; each capture of them is shifted, turned a little, jittered,
/// and misses or adds a few minutiae, as two real captures of one finger do.
/// </summary>
public static class SyntheticFingerprints
{
    public static readonly string[] Positions =
        ["RightThumb", "RightIndex", "RightMiddle", "RightRing", "RightLittle", "LeftThumb", "LeftIndex", "LeftMiddle", "LeftRing", "LeftLittle"];

    const int Width = 500, Height = 550, PixelsPerCentimetre = 197;

    public readonly record struct Minutia(int X, int Y, double Angle, int Kind);

    /// <summary>The request body's finger list: every position printed, for one capture of the person's fingers.</summary>
    public static IReadOnlyList<object> TenPrint(int person, int capture, int quality = 80) =>
        Positions.Select((name, i) => (object)new { position = name, template = Convert.ToBase64String(Capture(person, i + 1, capture, quality)) }).ToList();

    /// <summary>One capture (numbered <paramref name="capture"/>) of one finger (position 1–10) of one person.</summary>
    public static byte[] Capture(int person, int position, int capture, int quality = 80)
    {
        var random = new Random(Seed(person, position, capture + 1));
        var rotation = (random.NextDouble() * 2 - 1) * 12 * Math.PI / 180;
        double shiftX = random.Next(-25, 26), shiftY = random.Next(-25, 26);
        var minutiae = new List<Minutia>();
        foreach (var m in Finger(person, position))
        {
            if (random.NextDouble() < 0.1) continue; // missed by this capture
            double dx = m.X - Width / 2.0, dy = m.Y - Height / 2.0;
            var x = Width / 2.0 + dx * Math.Cos(rotation) - dy * Math.Sin(rotation) + shiftX + random.Next(-2, 3);
            var y = Height / 2.0 + dx * Math.Sin(rotation) + dy * Math.Cos(rotation) + shiftY + random.Next(-2, 3);
            var angle = (m.Angle + rotation * 180 / Math.PI + random.Next(-4, 5) + 360) % 360;
            if (x is >= 0 and < Width && y is >= 0 and < Height) minutiae.Add(new((int)x, (int)y, angle, m.Kind));
        }
        for (var i = 0; i < 3; i++) // spurious minutiae from dirt or pressure
            minutiae.Add(new(random.Next(Width), random.Next(Height), random.Next(360), 1 + random.Next(2)));
        return Record(position, quality, minutiae);
    }

    /// <summary>The minutiae of a person's finger as they are, before any capture.</summary>
    public static IReadOnlyList<Minutia> Finger(int person, int position)
    {
        var random = new Random(Seed(person, position, 0));
        return Enumerable.Range(0, 35 + random.Next(15))
            .Select(_ => new Minutia(60 + random.Next(Width - 120), 60 + random.Next(Height - 120), random.Next(360), 1 + random.Next(2)))
            .ToList();
    }

    // HashCode.Combine is randomised per process; a person's fingers must be the same in every process.
    static int Seed(int person, int position, int capture) => unchecked(person * 1_000_003 + position * 10_007 + capture * 101);

    /// <summary>Encodes one finger view as an ISO/IEC 19794-2:2005 record.</summary>
    public static byte[] Record(int position, int quality, IReadOnlyList<Minutia> minutiae)
    {
        var length = 24 + 4 + minutiae.Count * 6 + 2;
        var bytes = new byte[length];
        "FMR\0"u8.CopyTo(bytes);
        " 20\0"u8.CopyTo(bytes.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), (uint)length);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(14), Width);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(16), Height);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(18), PixelsPerCentimetre);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(20), PixelsPerCentimetre);
        bytes[22] = 1; // finger views
        var view = bytes.AsSpan(24);
        view[0] = (byte)position;
        view[1] = 0; // view 0, live-scan plain impression
        view[2] = (byte)quality;
        view[3] = (byte)minutiae.Count;
        for (var i = 0; i < minutiae.Count; i++)
        {
            var m = view.Slice(4 + i * 6, 6);
            BinaryPrimitives.WriteUInt16BigEndian(m, (ushort)((minutiae[i].Kind << 14) | minutiae[i].X));
            BinaryPrimitives.WriteUInt16BigEndian(m[2..], (ushort)minutiae[i].Y);
            m[4] = (byte)(Math.Round(minutiae[i].Angle / (360.0 / 256)) % 256);
            m[5] = 60;
        }
        return bytes;
    }
}
