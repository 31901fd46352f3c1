using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.ServiceDefaults;

namespace Microsoft.Extensions.Hosting;

public static class ProblemDetailsExtensions
{
    /// <summary>RFC 9457 problem details for every error, including bodies that do not parse.</summary>
    public static IHostApplicationBuilder AddProblemDetailsForEveryError(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Without this, a body that does not bind is answered with a bare 400 and no reason.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    /// <summary>Problem details for errors, and the case id of <c>{caseId}</c> routes on every span of the request.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        if (app.Services.GetService<TimeProvider>() is TestHostClock movedClock)
            app.Use((context, next) =>
            {
                context.Response.Headers[TestHostClock.ResponseHeader] = $"now={movedClock.GetUtcNow():O}; moved={movedClock.Offset:c}";
                return next(context);
            });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            if (context.GetRouteValue("caseId") is string value && Guid.TryParse(value, out var caseId))
                CaseTelemetry.TagCase(caseId);
            return next(context);
        });
        return app;
    }
}
