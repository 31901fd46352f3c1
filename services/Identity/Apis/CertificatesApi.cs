using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.IssueCertificate;
using NomadPlatform.Identity.Features.RevokeCertificate;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Security;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Identity.Apis;

public static class CertificatesApi
{
    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder app)
    {
        // The first certificates at the foreign institution; later ones by the holder, signed in with a valid one.
        app.MapPost("/api/persons/{iin}/certificates", IssueAsync).WithTags("EDS certificates")
            .RequireAuthorization(AccessPolicies.ApplicantOrOfficer(IdentityRoles.ConsularOfficer));
        var certificates = app.MapGroup("/api/certificates").WithTags("EDS certificates").RequireAuthorization(AccessPolicies.SignedIn);
        certificates.MapGet("/{serialNumber}", GetStatusAsync);
        certificates.MapPost("/{serialNumber}/revocation", RevokeAsync);
        return app;
    }

    /// <summary>With <c>csr</c>: the certificate for the applicant's own key (PEM). With <c>password</c>: a PKCS#12 file key.</summary>
    static async Task<Results<Ok<IssuedCertificateView>, FileContentHttpResult, ValidationProblem>> IssueAsync(
        string iin, IssueCertificateRequest request, IssueCertificateHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Iin.TryParse(iin, out _, out var reason)) errors["iin"] = [reason];
        var purpose = CertificateRequestFields.Check(request.Purpose, request.Csr, request.Password, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        if (request.Csr is { } csr)
        {
            using var certificate = await handler.IssueForCsrAsync(iin, purpose, csr, cancellationToken);
            return TypedResults.Ok(IssuedCertificateView.Of(certificate));
        }
        var pkcs12 = await handler.IssueFileKeyAsync(iin, purpose, request.Password!, cancellationToken);
        return TypedResults.File(pkcs12, "application/x-pkcs12", $"{(purpose == EdsPurpose.Signing ? "RSA256" : "AUTH_RSA256")}_{iin}.p12");
    }

    static async Task<Ok<CertificateStatusView>> GetStatusAsync(
        string serialNumber, Actor actor, CertificateCustody custody, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var certificate = await db.IssuedCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serialNumber.ToUpperInvariant(), cancellationToken);
        if (certificate is null || !custody.Allows(actor, certificate))
            throw new CaseNotFound("identity.certificate-not-yours-to-see", $"No certificate with serial number {serialNumber} is yours to see.");
        return TypedResults.Ok(CertificateStatusView.Of(certificate, time.GetUtcNow()));
    }

    static async Task<Results<Ok<CertificateStatusView>, ValidationProblem>> RevokeAsync(
        string serialNumber, RevokeCertificateRequest request, Actor actor, RevokeCertificateHandler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<X509RevocationReason>(request.Reason, ignoreCase: true, out var reason) || int.TryParse(request.Reason, out _))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = [$"One of: {string.Join(", ", Enum.GetNames<X509RevocationReason>())}."],
            });
        var certificate = await handler.HandleAsync(serialNumber, reason, actor, cancellationToken);
        return TypedResults.Ok(CertificateStatusView.Of(certificate, time.GetUtcNow()));
    }
}
