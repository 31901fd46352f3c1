using NomadPlatform.HubIntake.Domain.Documents;

namespace NomadPlatform.HubIntake.Apis;

public sealed record DocumentView(Guid DocumentId, string Kind, string Content, string Sha256, long Size, string FileName, DateTimeOffset UploadedAt, IReadOnlyList<string> Problems)
{
    public static DocumentView Of(ApplicantDocument d) =>
        new(d.Id, d.Kind.ToString(), d.Content.ToString(), d.Sha256, d.Size, d.FileName, d.UploadedAt, d.Problems);
}
