using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Domain.Systems;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Identity.Features.IssueCertificate;
using NomadPlatform.Identity.Features.IssueEmployeeCertificate;
using NomadPlatform.Identity.Security;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Apis;

/// <summary>An organisation's administrator requests its employees' EDS certificates; a CA officer issues its system's enrolment codes.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/organisations/{bin}/employees/certificates", IssueAsync).WithTags("EDS certificates")
            .RequireAuthorization(OrganisationAdministratorRequirement.Policy);
        app.MapPost("/api/organisations/{bin}/enrolment-codes", IssueEnrolmentCodeAsync).WithTags("EDS certificates")
            .RequireAuthorization(AccessPolicies.Officer(IdentityRoles.CaOfficer));
        return app;
    }

    public sealed record EnrolmentCodeView(string Bin, string EnrolmentCode, DateTimeOffset ExpiresAt);

    /// <summary>
    /// A new one-time code for the organisation's system to enrol with (e.g. after its certificate was
    /// revoked), shown this once; the CA officer hands it to the organisation out of band.
    /// </summary>
    static async Task<Results<Ok<EnrolmentCodeView>, ValidationProblem, NotFound>> IssueEnrolmentCodeAsync(
        string bin, Actor officer, IdentityDbContext db, IOptions<EdsOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Bin.TryParse(bin, out var organisation, out var reason))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["bin"] = [reason] });
        if (!options.Value.Organisations.ContainsKey(organisation.Value)) return TypedResults.NotFound();
        var (code, record) = EnrolmentCode.Issue(organisation.Value, officer.Iin, time.GetUtcNow());
        db.EnrolmentCodes.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new EnrolmentCodeView(organisation.Value, code, record.ExpiresAt!.Value));
    }

    /// <summary>With <c>csr</c>: the certificate for the employee's own key (PEM). With <c>password</c>: a PKCS#12 file key.</summary>
    static async Task<Results<Ok<IssuedCertificateView>, FileContentHttpResult, ValidationProblem>> IssueAsync(
        string bin, IssueEmployeeCertificateRequest request, EmployeeCertificates employees, IssueCertificateHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Bin.TryParse(bin, out var organisation, out var binReason)) errors["bin"] = [binReason];
        if (!Iin.TryParse(request.Iin, out var iin, out var iinReason)) errors["iin"] = [iinReason];
        if (string.IsNullOrWhiteSpace(request.Surname) || request.Surname.Length > 100) errors["surname"] = ["The employee's surname, at most 100 characters."];
        if (string.IsNullOrWhiteSpace(request.GivenName) || request.GivenName.Length > 100) errors["givenName"] = ["The employee's given name, at most 100 characters."];
        var purpose = CertificateRequestFields.Check(request.Purpose, request.Csr, request.Password, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var holder = employees.Holder(organisation, iin, request.Surname!.Trim(), request.GivenName!.Trim());
        if (request.Csr is { } csr)
        {
            using var certificate = await handler.IssueForCsrAsync(holder, purpose, csr, cancellationToken);
            return TypedResults.Ok(IssuedCertificateView.Of(certificate));
        }
        var pkcs12 = await handler.IssueFileKeyAsync(holder, purpose, request.Password!, cancellationToken);
        return TypedResults.File(pkcs12, "application/x-pkcs12", $"{(purpose == EdsPurpose.Signing ? "RSA256" : "AUTH_RSA256")}_{iin}_{bin}.p12");
    }
}
