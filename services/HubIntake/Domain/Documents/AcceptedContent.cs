namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>
/// Which file types each kind of document may be: a photo is an image; a cover letter a PDF, since its
/// language is read from its text; the rest PDF or image.
/// </summary>
public static class AcceptedContent
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static bool Allows(DocumentKind kind, ContentKind content) => kind switch
    {
        DocumentKind.Photo => content is ContentKind.Jpeg or ContentKind.Png,
        DocumentKind.CoverLetter => content is ContentKind.Pdf,
        _ => true,
    };

    public static string MediaTypeOf(ContentKind content) => content switch
    {
        ContentKind.Pdf => "application/pdf",
        ContentKind.Jpeg => "image/jpeg",
        _ => "image/png",
    };
}
