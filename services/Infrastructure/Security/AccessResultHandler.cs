using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace NomadPlatform.Infrastructure.Security;

/// <summary>Refusals as problem details; a person asking for another person's data is told it is not found.</summary>
public sealed class AccessResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await next(context);
            return;
        }
        if (result.Forbidden && result.AuthorizationFailure?.FailureReasons.Any(r => r is NotTheirs) == true)
        {
            await Write(context, StatusCodes.Status404NotFound, "Not found.", "Nothing here for the signed-in person.");
            return;
        }
        if (result.Challenged)
        {
            await _default.HandleAsync(_ => Task.CompletedTask, context, policy, result);
            await Write(context, StatusCodes.Status401Unauthorized, "Sign in first.", "This operation needs an access token from Identity (EDS sign-in).");
            return;
        }
        await _default.HandleAsync(_ => Task.CompletedTask, context, policy, result);
        await Write(context, StatusCodes.Status403Forbidden, "Not allowed.", "The signed-in person does not hold a role of this agency that allows this operation.");
    }

    async Task Write(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
