using System.Diagnostics;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Grpc.Rights;

/// <summary>
/// Before any gRPC method runs (and before its request is even read): the caller must present a
/// system token issued for this service (else UNAUTHENTICATED), and its BIN must hold the method's
/// right in <see cref="GrpcRights"/> (else PERMISSION_DENIED) — each with the reason.
/// </summary>
public sealed partial class GrpcRightsCheck(RequestDelegate next, GrpcRights rights, IOptions<KnownAgencies> agencies, ILogger<GrpcRightsCheck> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>();
        if (method is null)
        {
            await next(context);
            return;
        }

        var right = rights.For(method.Method.FullName);
        if (right is null)
        {
            Refuse(context, StatusCode.PermissionDenied, $"{method.Method.FullName} is in no agency's rights: nobody may call it.");
            return;
        }
        if (right.OpenBecause is not null)
        {
            await next(context);
            return;
        }

        var authenticated = await context.AuthenticateAsync(AuthenticationExtensions.SystemScheme);
        if (!authenticated.Succeeded || authenticated.Principal.FindFirst(PlatformClaims.Bin)?.Value is not { Length: > 0 } bin)
        {
            var why = authenticated.Failure?.Message ?? "no bearer token";
            Refuse(context, StatusCode.Unauthenticated,
                $"{method.Method.FullName} answers agency systems only: present an access token from Identity (client credentials) issued for this service ({why}).");
            return;
        }

        var caller = new AgencyCaller(bin, agencies.Value.NameOf(bin));
        Activity.Current?.SetTag("nomad.caller_bin", bin);
        if (!right.AnySystem && (caller.Agency is null || !right.Agencies.Contains(caller.Agency)))
        {
            LogRefused(logger, method.Method.FullName, bin, caller.Agency ?? "unknown");
            Refuse(context, StatusCode.PermissionDenied,
                $"BIN {bin} ({caller.Agency ?? "not an agency this service knows"}) holds no right to {method.Method.FullName}; it answers {right.Who}.");
            return;
        }
        context.Features.Set(caller);
        await next(context);
    }

    /// <summary>A trailers-only gRPC answer (HTTP 200, grpc-status in the headers), as the gRPC server itself would send.</summary>
    static void Refuse(HttpContext context, StatusCode status, string reason)
    {
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status).ToString();
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(BoundedStatusDetail.Cut(reason));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} to BIN {Bin} ({Agency}): no right")]
    static partial void LogRefused(ILogger logger, string method, string bin, string agency);
}
