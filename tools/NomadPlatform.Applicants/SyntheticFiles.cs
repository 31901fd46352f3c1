using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NomadPlatform.Applicants;

/// <summary>Real files as the Hub's checks read them: PDFs with a text layer, photos that decode.</summary>
public static class SyntheticFiles
{
    /// <summary>A one-page PDF whose text layer holds <paramref name="lines"/> (Latin script: the standard fonts have no Cyrillic).</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i < lines.Length; i++)
            page.AddText(lines[i], 11, new PdfPoint(50, 790 - 16 * i), font);
        return builder.Build();
    }

    /// <summary>A JPEG of the given size: a colour portrait-like image, or a greyscale one.</summary>
    public static byte[] Photo(int width = 413, int height = 531, bool colour = true, int seed = 0)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(colour ? new SKColor(70, 130, (byte)(180 + seed % 60)) : new SKColor(150, 150, 150));
            using var face = new SKPaint { Color = colour ? new SKColor(224, 172, 105) : new SKColor(190, 190, 190), IsAntialias = true };
            canvas.DrawOval(width / 2f, height * 0.42f, width * 0.28f, height * 0.3f, face);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }
}
