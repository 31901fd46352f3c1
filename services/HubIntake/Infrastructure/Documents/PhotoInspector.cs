using NomadPlatform.HubIntake.Domain.Documents;
using SkiaSharp;

namespace NomadPlatform.HubIntake.Infrastructure.Documents;

/// <summary>Decodes a JPEG or PNG photo and measures what the photo rule judges.</summary>
public static class PhotoInspector
{
    const int MaxPixels = 40_000_000; // refuse decompression bombs before decoding

    /// <summary>The photo's facts, or null when the bytes do not decode as an image.</summary>
    public static PhotoFacts? Inspect(byte[] bytes)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > MaxPixels) return null;
        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null) return null;
        return new PhotoFacts(bitmap.Width, bitmap.Height, Colourfulness(bitmap));
    }

    /// <summary>Mean chroma (max − min channel) over a grid of up to 10,000 sampled pixels.</summary>
    static double Colourfulness(SKBitmap bitmap)
    {
        var stepX = Math.Max(1, bitmap.Width / 100);
        var stepY = Math.Max(1, bitmap.Height / 100);
        double total = 0;
        var samples = 0;
        for (var y = 0; y < bitmap.Height; y += stepY)
        for (var x = 0; x < bitmap.Width; x += stepX)
        {
            var pixel = bitmap.GetPixel(x, y);
            total += Math.Max(pixel.Red, Math.Max(pixel.Green, pixel.Blue)) - Math.Min(pixel.Red, Math.Min(pixel.Green, pixel.Blue));
            samples++;
        }
        return samples == 0 ? 0 : total / samples;
    }
}
