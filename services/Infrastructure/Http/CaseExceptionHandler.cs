using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Reasons;

namespace NomadPlatform.Infrastructure.Http;

/// <summary>
/// Maps the case's own exceptions to problem details: 400 invalid field, 403 not the caller's, 404
/// unknown, 409 rule broken, 422 checks failed, 503 agency down. A refusal's title and detail (a 400's
/// field error) are in the reader's language (<c>Accept-Language</c>: kk, ru, en) and its <c>code</c> is
/// stable. The endpoints' own checks of a request's shape (a missing field, a malformed value) stay in
/// English for the calling program's developer.
/// </summary>
public sealed class CaseExceptionHandler(IProblemDetailsService problems, ReasonTexts texts) : IExceptionHandler
{
    static readonly Reason InvalidTitle = new("problem.invalid", $"The request is not valid.");
    static readonly Reason ChecksTitle = new("problem.checks-failed", $"The request fails the case's checks.");
    static readonly Reason NotFoundTitle = new("problem.not-found", $"Not found.");
    static readonly Reason NotAllowedTitle = new("problem.not-allowed", $"Not allowed.");
    static readonly Reason RuleTitle = new("problem.rule", $"The request breaks a rule of the case.");
    static readonly Reason UnavailableTitle = new("problem.agency-unavailable", $"Another agency is not answering.");
    static readonly Reason ConflictTitle = new("problem.conflict", $"The change conflicts with another made at the same moment.");
    static readonly Reason ConflictDetail = new("conflict.concurrent", $"Nothing was saved; read the current state and try again.");

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var language = ReasonTexts.LanguageOf(context.Request);
        if (exception is InvalidField invalid)
            return await WriteAsync(context, new HttpValidationProblemDetails(new Dictionary<string, string[]> { [invalid.Field] = [texts.Write(invalid.Reason, language)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = texts.Write(InvalidTitle, language),
                Extensions = { ["code"] = invalid.Reason.Code },
            });

        var (status, title, reason) = exception switch
        {
            ChecksFailed failed => (StatusCodes.Status422UnprocessableEntity, ChecksTitle, failed.Reason),
            CaseNotFound notFound => (StatusCodes.Status404NotFound, NotFoundTitle, notFound.Reason),
            NotAllowed notAllowed => (StatusCodes.Status403Forbidden, NotAllowedTitle, notAllowed.Reason),
            CaseRuleViolation violation => (StatusCodes.Status409Conflict, RuleTitle, violation.Reason),
            AgencyUnavailable unavailable => (StatusCodes.Status503ServiceUnavailable, UnavailableTitle, unavailable.Reason),
            DbUpdateException update when update is DbUpdateConcurrencyException || UniqueViolation.Is(update) => (StatusCodes.Status409Conflict, ConflictTitle, ConflictDetail),
            _ => (0, null!, null!),
        };
        if (status == 0) return false;

        if (exception is AgencyUnavailable) context.Response.Headers.RetryAfter = "5";
        var problem = new ProblemDetails { Status = status, Title = texts.Write(title, language), Detail = texts.Write(reason, language) };
        problem.Extensions["code"] = reason.Code;
        if (exception is ChecksFailed checks)
            problem.Extensions["failures"] = checks.Failures.Select(f => new { subject = f.Subject, code = f.Code, reason = texts.Write(f.Reason, language) }).ToList();
        return await WriteAsync(context, problem);
    }

    async ValueTask<bool> WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
