using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace NomadPlatform.ServiceDefaults;

/// <summary>Turns a request that cannot be read (bad JSON, wrong type, missing required field) into a 400 naming the field.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        var (field, reason) = Describe(badRequest);
        context.Response.StatusCode = badRequest.StatusCode;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode == StatusCodes.Status400BadRequest ? "The request body is not valid." : "The request could not be read.",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    static (string Field, string Reason) Describe(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException { Path: { Length: > 0 } path } json => (path.TrimStart('$', '.'), FirstLine(json.Message)),
        JsonException json => ("body", FirstLine(json.Message)),
        _ => ("body", exception.Message),
    };

    static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
