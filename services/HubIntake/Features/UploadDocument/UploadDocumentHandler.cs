using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;

namespace NomadPlatform.HubIntake.Features.UploadDocument;

/// <summary>
/// Stores an uploaded document once its bytes prove to be an accepted file type, for a registered
/// applicant within their quota, then records it with the findings of the checks a machine can make on
/// the file alone (the rest run at submission).
/// </summary>
public sealed class UploadDocumentHandler(
    HubIntakeDbContext db, DocumentStore store, IinRegistry.IinRegistryClient registry, IOptions<UploadOptions> options, TimeProvider time)
{
    public async Task<ApplicantDocument> HandleAsync(Iin iin, DocumentKind kind, IFormFile file, CancellationToken cancellationToken)
    {
        var documents = db.Documents.Where(d => d.Iin == iin.Value);
        var held = await documents.CountAsync(cancellationToken);
        // Identity is asked at the first file only: one it accepted proves the IIN registered (an IIN is never withdrawn).
        if (held == 0)
        {
            var person = await AgencyCall.SendAsync("Identity",
                () => registry.LookupIinAsync(new LookupIinRequest { Iin = iin.Value }, cancellationToken: cancellationToken).ResponseAsync);
            if (!person.Exists) throw new CaseNotFound("hub.iin-not-registered-for-documents", $"IIN {iin} is not registered; documents are kept only for a registered applicant.");
        }
        else await EnsureWithinQuotaAsync(iin, documents, held, file.Length, cancellationToken);

        byte[] head = new byte[16];
        await using (var peek = file.OpenReadStream())
            await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var content = ContentSniffer.Detect(head)
            ?? throw new InvalidField("file", "hub.file-type-unknown", $"The file is not a PDF, JPEG or PNG, whatever its name or declared type says.");
        if (!AcceptedContent.Allows(kind, content))
            throw kind == DocumentKind.CoverLetter
                ? new InvalidField("file", "hub.letter-not-pdf", $"A cover letter must be a PDF with its text (its language is checked); this is a {content}.")
                : new InvalidField("file", "hub.image-required", $"A {kind} must be a JPEG or PNG image; this is a {content}.");

        var problems = new List<DocumentProblem>();
        if (kind == DocumentKind.Photo)
        {
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, cancellationToken);
            var facts = PhotoInspector.Inspect(bytes.ToArray()) ?? throw new InvalidField("file", "hub.photo-undecodable", $"The photo does not decode as an image.");
            problems.AddRange(PhotoRule.Check(facts));
        }

        await using var stream = file.OpenReadStream();
        var (sha256, size) = await store.SaveAsync(stream, cancellationToken);
        var document = ApplicantDocument.Accept(iin.Value, kind, content, sha256, size, Path.GetFileName(file.FileName), problems, time.GetUtcNow());
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    async Task EnsureWithinQuotaAsync(Iin iin, IQueryable<ApplicantDocument> documents, int files, long adding, CancellationToken cancellationToken)
    {
        var quota = options.Value;
        if (files >= quota.MaxFilesPerApplicant)
            throw new CaseRuleViolation("hub.too-many-documents", $"IIN {iin} already keeps {files} documents, the most one applicant may; remove one not yet submitted first.");
        var bytes = await documents.SumAsync(d => d.Size, cancellationToken);
        if (bytes + adding > quota.MaxBytesPerApplicant)
            throw new CaseRuleViolation("hub.document-quota", $"IIN {iin} keeps {bytes / 1024 / 1024} MiB; with this file it would pass the {quota.MaxBytesPerApplicant / 1024 / 1024} MiB one applicant may keep.");
    }
}
