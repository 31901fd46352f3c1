using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>
/// The agency's administrator sees its system's certificate, renews it ahead of time, and with a new
/// one-time code from the CA enrols it again.
/// </summary>
public static class SystemApi
{
    public sealed record SystemCertificateView(string Bin, string? SerialNumber, DateTimeOffset? NotAfter, bool Usable, string? Problem);

    public sealed record EnrolmentRequest(string? EnrolmentCode);

    public static IEndpointRouteBuilder MapSystemApi(this IEndpointRouteBuilder app)
    {
        var system = app.MapGroup("/api/system/certificate").WithTags("System certificate")
            .RequireAuthorization(AccessPolicies.Officer(StaffRoleCatalogue.Administrator));
        system.MapGet("/", (SystemCertificate certificate) => TypedResults.Ok(View(certificate)));
        system.MapPost("/enrolment", EnrolAsync);
        system.MapPost("/renewal", async (SystemCertificate certificate, CancellationToken cancellationToken) =>
        {
            await certificate.RenewAsync(cancellationToken);
            return TypedResults.Ok(View(certificate));
        });
        return app;
    }

    static async Task<Results<Ok<SystemCertificateView>, ValidationProblem, ProblemHttpResult>> EnrolAsync(
        EnrolmentRequest request, SystemCertificate certificate, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.EnrolmentCode) || request.EnrolmentCode.Length > 200)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["enrolmentCode"] = ["The one-time code the national CA issued for this agency's system."] });
        try
        {
            await certificate.EnrolAsync(request.EnrolmentCode.Trim(), cancellationToken);
        }
        catch (SystemNotEnrolled refused)
        {
            return TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The national CA refused the enrolment.");
        }
        return TypedResults.Ok(View(certificate));
    }

    static SystemCertificateView View(SystemCertificate certificate) => new(
        certificate.Bin, certificate.Current?.SerialNumber,
        certificate.Current is { } current ? new DateTimeOffset(current.NotAfter.ToUniversalTime()) : null,
        certificate.Current is not null && certificate.Problem is null, certificate.Problem);
}
