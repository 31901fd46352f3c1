using Microsoft.AspNetCore.Http.HttpResults;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.IssueCertificate;
using NomadPlatform.Identity.Features.IssueEmployeeCertificate;
using NomadPlatform.Identity.Security;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Apis;

/// <summary>An organisation's administrator requests its employees' EDS certificates; nobody else can.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/organisations/{bin}/employees/certificates", IssueAsync).WithTags("EDS certificates")
            .RequireAuthorization(OrganisationAdministratorRequirement.Policy);
        return app;
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
