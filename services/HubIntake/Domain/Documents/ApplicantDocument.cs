using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Reasons;

namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>
/// A document an applicant uploaded, identified by the SHA-256 of its bytes (which the signed
/// manifest lists); the bytes live in the document store, the machine checks' findings here.
/// </summary>
public sealed class ApplicantDocument
{
    public Guid Id { get; private set; }
    public string Iin { get; private set; } = "";
    public DocumentKind Kind { get; private set; }
    public ContentKind Content { get; private set; }
    public string Sha256 { get; private set; } = "";
    public long Size { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public List<string> Problems { get; private set; } = [];

    ApplicantDocument() { }

    /// <summary>The machine checks' findings on this file, each in any reader's words.</summary>
    public IEnumerable<Reason> Findings() => Problems.Select(StoredReason.Read);

    public static ApplicantDocument Accept(string iin, DocumentKind kind, ContentKind content, string sha256, long size, string fileName,
        IEnumerable<DocumentProblem> problems, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Iin = iin,
        Kind = kind,
        Content = content,
        Sha256 = sha256,
        Size = size,
        FileName = fileName,
        UploadedAt = now,
        Problems = problems.Select(p => StoredReason.Write(p.Reason)).ToList(),
    };
}
