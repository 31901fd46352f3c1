namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>Which file types each kind of document may be: a photo is an image, the rest may also be PDF.</summary>
public static class AcceptedContent
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static bool Allows(DocumentKind kind, ContentKind content) =>
        kind == DocumentKind.Photo ? content is ContentKind.Jpeg or ContentKind.Png : true;
}
