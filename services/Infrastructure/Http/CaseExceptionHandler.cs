using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Http;

/// <summary>Maps the case's own exceptions to problem details: 400 invalid field, 403 not the caller's, 404 unknown, 409 rule broken, 422 checks failed, 503 agency down.</summary>
public sealed class CaseExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is InvalidField invalid)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Reason] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request is not valid.",
                },
            });
        }

        if (exception is ChecksFailed failed)
        {
            context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "The request fails the case's checks.",
                    Detail = failed.Message,
                    Extensions = { ["failures"] = failed.Failures },
                },
            });
        }

        var (status, title) = exception switch
        {
            CaseNotFound => (StatusCodes.Status404NotFound, "Not found."),
            NotAllowed => (StatusCodes.Status403Forbidden, "Not allowed."),
            CaseRuleViolation => (StatusCodes.Status409Conflict, "The request breaks a rule of the case."),
            AgencyUnavailable => (StatusCodes.Status503ServiceUnavailable, "Another agency is not answering."),
            DbUpdateException update when UniqueViolation.Is(update) => (StatusCodes.Status409Conflict, "The change conflicts with another made at the same moment."),
            _ => (0, ""),
        };
        if (status == 0) return false;

        context.Response.StatusCode = status;
        if (exception is AgencyUnavailable) context.Response.Headers.RetryAfter = "5";
        var detail = exception is DbUpdateException ? "Nothing was saved; read the current state and try again." : exception.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
