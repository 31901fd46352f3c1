using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.Refusal;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Approval.Features.ApproveApplication;
using NomadPlatform.Approval.Features.FileRpApplication;
using NomadPlatform.Approval.Features.RefuseApplication;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Apis;

public static class RpApplicationsApi
{
    public static IEndpointRouteBuilder MapRpApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rp-applications").WithTags("Residence-permit applications");
        api.MapGet("/{caseId:guid}", GetAsync);
        api.MapPost("/{caseId:guid}/filing", FileAsync);
        api.MapPost("/{caseId:guid}/approval", ApproveAsync).WithTags("Migration officers");
        api.MapPost("/{caseId:guid}/refusal", RefuseAsync).WithTags("Migration officers");
        app.MapGet("/api/state-duty/{year:int}", (int year, StateDutyTariff tariff) => TypedResults.Ok(tariff.For(year))).WithTags("State duty");
        app.MapGet("/api/refusal-grounds", (RefusalGrounds grounds) => TypedResults.Ok(grounds.All)).WithTags("Migration officers");
        return app;
    }

    static async Task<Ok<RpApplicationView>> GetAsync(Guid caseId, ApprovalDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.RpApplications.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", caseId);
        return TypedResults.Ok(RpApplicationView.Of(application));
    }

    static async Task<Results<Ok<RpApplicationView>, ValidationProblem>> FileAsync(
        Guid caseId, FileRpApplicationRequest request, FileRpApplicationHandler handler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.EndorsementNumber is not { Length: > 0 and <= 32 }) errors["endorsementNumber"] = ["The number of Astana Hub's endorsement, e.g. AH-2026-000042."];
        if (request.Email is not { Length: > 3 and <= 254 } email || !email.Contains('@')) errors["email"] = ["An e-mail address."];
        if (request.Phone is not { Length: >= 7 and <= 20 } phone || !phone.TrimStart('+').All(char.IsAsciiDigit)) errors["phone"] = ["A phone number in international format, e.g. +491701234567."];
        if (string.IsNullOrWhiteSpace(request.IntendedAddress) || request.IntendedAddress.Length > 300) errors["intendedAddress"] = ["Where in Kazakhstan you intend to live, at most 300 characters."];
        if (request.Payment?.Reference is not { Length: >= 6 and <= 64 }) errors["payment.reference"] = ["The bank's payment reference, 6 to 64 characters."];
        if (request.Payment?.AmountKzt is not > 0) errors["payment.amountKzt"] = ["The amount paid in KZT."];
        if (request.Payment?.PaidOn is null) errors["payment.paidOn"] = ["The payment date."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var form = new RpApplicationForm(request.Email!.Trim(), request.Phone!, request.IntendedAddress!.Trim());
        var application = await handler.HandleAsync(caseId, request.EndorsementNumber!, form, request.Payment!.Reference!, request.Payment.AmountKzt!.Value, request.Payment.PaidOn!.Value, cancellationToken);
        return TypedResults.Ok(RpApplicationView.Of(application));
    }

    static async Task<Ok<RpApplicationView>> ApproveAsync(Guid caseId, ApproveApplicationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(RpApplicationView.Of(await handler.HandleAsync(caseId, cancellationToken)));

    static async Task<Ok<RpApplicationView>> RefuseAsync(Guid caseId, RefusalRequest request, RefuseApplicationHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(RpApplicationView.Of(await handler.HandleAsync(caseId, request.Grounds ?? [], cancellationToken)));
}
