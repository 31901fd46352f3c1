namespace NomadPlatform.HubIntake.Domain.Documents;

public enum ContentKind
{
    Pdf,
    Jpeg,
    Png,
}
