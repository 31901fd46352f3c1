using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using SkiaSharp;

namespace NomadPlatform.UnitTests.Documents;

public sealed class PhotoRuleTests
{
    static byte[] Photo(int width, int height, bool colour, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(colour ? new SKColor(70, 130, 180) : new SKColor(128, 128, 128));
            using var face = new SKPaint { Color = colour ? new SKColor(224, 172, 105) : new SKColor(200, 200, 200) };
            canvas.DrawOval(width / 2f, height / 2.5f, width / 4f, height / 4f, face);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    static string[] Codes(byte[] photo) => PhotoRule.Check(PhotoInspector.Inspect(photo)!).Select(p => p.Code).ToArray();

    [Fact]
    public void A_colour_35_by_45_photo_at_300_dpi_passes() => Assert.Empty(Codes(Photo(413, 531, colour: true)));

    [Fact]
    public void A_png_photo_passes_too() => Assert.Empty(Codes(Photo(700, 900, colour: true, SKEncodedImageFormat.Png)));

    [Fact]
    public void A_greyscale_photo_fails() => Assert.Equal(["photo-greyscale"], Codes(Photo(413, 531, colour: false)));

    [Fact]
    public void A_square_photo_fails_on_proportions() => Assert.Equal(["photo-proportions"], Codes(Photo(600, 600, colour: true)));

    [Fact]
    public void A_small_photo_fails_on_resolution() => Assert.Equal(["photo-resolution"], Codes(Photo(210, 270, colour: true)));

    [Fact]
    public void Bytes_that_are_not_an_image_do_not_decode() => Assert.Null(PhotoInspector.Inspect("%PDF-1.7 not a photo"u8.ToArray()));
}
