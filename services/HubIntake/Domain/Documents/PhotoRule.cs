namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>One colour photo, 35 × 45 mm: proportions 7:9 within a tolerance, a minimum resolution, not greyscale.</summary>
public static class PhotoRule
{
    public const double AspectRatio = 35.0 / 45.0;
    public const double AspectTolerance = 0.03;
    public const int MinWidth = 413;   // 35 mm at 300 dpi
    public const int MinHeight = 531;  // 45 mm at 300 dpi
    public const double MinColourfulness = 8.0; // mean per-pixel chroma (0-255); a greyscale image scores ~0

    public static IEnumerable<DocumentProblem> Check(PhotoFacts photo)
    {
        var aspect = (double)photo.Width / photo.Height;
        if (Math.Abs(aspect - AspectRatio) / AspectRatio > AspectTolerance)
            yield return new DocumentProblem(DocumentKind.Photo, "photo-proportions",
                $"The photo is {photo.Width} × {photo.Height} px (ratio {aspect:0.000}); 35 × 45 mm needs {AspectRatio:0.000} ± {AspectTolerance:P0}.");
        if (photo.Width < MinWidth || photo.Height < MinHeight)
            yield return new DocumentProblem(DocumentKind.Photo, "photo-resolution",
                $"The photo is {photo.Width} × {photo.Height} px; at least {MinWidth} × {MinHeight} px (300 dpi) are needed.");
        if (photo.Colourfulness < MinColourfulness)
            yield return new DocumentProblem(DocumentKind.Photo, "photo-greyscale", $"The photo must be in colour; this one is greyscale.");
    }
}
