using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Features.UploadDocument;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using NomadPlatform.HubIntake.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Reasons;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.HubIntake.Apis;

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/applicants/{iin}/documents").WithTags("Documents");
        documents.MapPost("/{kind}", UploadAsync).DisableAntiforgery().RequireAuthorization(AccessPolicies.Applicant);
        documents.MapDelete("/{documentId:guid}", RemoveAsync).RequireAuthorization(AccessPolicies.Applicant);
        documents.MapGet("/", ListAsync).AuditsRead("documents").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(HubRoles.DocumentReviewer));
        documents.MapGet("/{documentId:guid}/content", ContentAsync).AuditsRead("document-content").RequireAuthorization(AccessPolicies.ApplicantOrOfficer(HubRoles.DocumentReviewer));
        app.MapGet("/api/applicants/{iin}/checklist", ChecklistAsync).AuditsRead("document-checklist").WithTags("Documents")
            .RequireAuthorization(AccessPolicies.ApplicantOrOfficer(HubRoles.DocumentReviewer));
        return app;
    }

    /// <summary>multipart/form-data with one part named <c>file</c>: a PDF, JPEG or PNG of at most 10 MiB.</summary>
    static async Task<Results<Created<DocumentView>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        string iin, string kind, HttpRequest request, UploadDocumentHandler handler, ReasonTexts texts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Iin.TryParse(iin, out var applicant, out var reason)) errors["iin"] = [reason];
        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var documentKind) || int.TryParse(kind, out _))
            errors["kind"] = [$"One of: {string.Join(", ", Enum.GetNames<DocumentKind>())}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        // Refuse an oversized upload before reading it.
        if (request.ContentLength > AcceptedContent.MaxBytes + 64 * 1024)
            return TypedResults.Problem($"A document is at most {AcceptedContent.MaxBytes / 1024 / 1024} MiB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "The document is too large.");
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send multipart/form-data with one part named 'file'."] });

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["A non-empty part named 'file' is required."] });
        if (file.Length > AcceptedContent.MaxBytes)
            return TypedResults.Problem($"A document is at most {AcceptedContent.MaxBytes / 1024 / 1024} MiB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "The document is too large.");

        var document = await handler.HandleAsync(applicant, documentKind, file, cancellationToken);
        return TypedResults.Created($"/api/applicants/{iin}/documents", DocumentView.Of(document, reason => texts.Write(reason, request.HttpContext)));
    }

    /// <summary>The applicant removes an upload no application of theirs names (a wrong file, a replaced one).</summary>
    static async Task<Results<NoContent, ValidationProblem>> RemoveAsync(string iin, Guid documentId, DocumentRemoval removal, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        await removal.RemoveAsync(iin, documentId, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>What is uploaded and what is still missing before the application can be filed.</summary>
    static async Task<Results<Ok<List<ChecklistItemView>>, ValidationProblem>> ChecklistAsync(
        string iin, HubIntakeDbContext db, IinRegistry.IinRegistryClient registry, ReasonTexts texts, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        var person = await AgencyCall.SendAsync("Identity",
            () => registry.LookupIinAsync(new LookupIinRequest { Iin = iin }, cancellationToken: cancellationToken).ResponseAsync);
        if (!person.Exists) throw new CaseNotFound("hub.iin-not-registered-here", $"IIN {iin} is not registered.");
        var documents = await db.Documents.AsNoTracking().Where(d => d.Iin == iin).ToListAsync(cancellationToken);
        return TypedResults.Ok(DocumentChecklist.For(documents, person.Citizenships).Select(item => ChecklistItemView.Of(item, reason => texts.Write(reason, context))).ToList());
    }

    /// <summary>The file itself, as the reviewer reads it: always a download, never rendered as this site's page.</summary>
    static async Task<Results<FileStreamHttpResult, ValidationProblem>> ContentAsync(
        string iin, Guid documentId, HubIntakeDbContext db, DocumentStore store, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.Iin == iin, cancellationToken)
            ?? throw new CaseNotFound("hub.document-of-iin-unknown", $"No document {documentId} of IIN {iin}.");
        return TypedResults.File(store.Open(document.Sha256), AcceptedContent.MediaTypeOf(document.Content), document.FileName);
    }

    static async Task<Results<Ok<List<DocumentView>>, ValidationProblem>> ListAsync(
        string iin, HubIntakeDbContext db, ReasonTexts texts, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Iin.TryParse(iin, out _, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["iin"] = [reason] });
        var documents = await db.Documents.AsNoTracking().Where(d => d.Iin == iin).OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(documents.Select(d => DocumentView.Of(d, reason => texts.Write(reason, context))).ToList());
    }
}
