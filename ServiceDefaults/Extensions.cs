using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using NomadPlatform.ServiceDefaults;
using OpenTelemetry;
using Scalar.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

public static class Extensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddSecretFiles();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddProblemDetailsForEveryError();
        // Each agency's HTTP contract, for partners and for the malformed-input sweep: /openapi/v1.json.
        builder.Services.AddOpenApi(options => AccessOpenApi.Configure(options, builder.Configuration));

        TestHostClock.Register(builder);
        // Every outgoing call already shows as a span; per-request HttpClient and Polly log lines cost
        // CPU on the hot path and say nothing more. Configuration can still turn them back on.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddSingleton<PersonTelemetry>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", CaseTelemetry.SourceName)
                // Scraped at /metrics by the agency's own Prometheus, behind its operators' role (Infrastructure's MetricsApi).
                .AddPrometheusExporter());
        // Telemetry:Tracing=false records no spans (the operators' whole-case traces go with them): the
        // benchmark's --tracing off, to show what tracing costs.
        if (builder.Configuration.GetValue("Telemetry:Tracing", true))
            telemetry.WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", CaseTelemetry.SourceName)
                .AddProcessor(new CaseIdSpanProcessor())
                .AddProcessor(new PersonalDataSpanProcessor())
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            builder.Services.AddOpenTelemetry().UseOtlpExporter();

        return builder;
    }

    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// /health: every check (database, broker, system certificate) must pass, each named with its
    /// status and description (never an exception's text); /alive: the process answers.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        // A newcomer's reference to the HTTP contract (assets served from the package; no font or script from elsewhere).
        if (TestHostClock.Environments.OffersDeveloperSurfaces(app.Environment))
            app.MapScalarApiReference("/api-reference", options => options.DisableDefaultFonts()).AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") }).AllowAnonymous();
        return app;
    }

    static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
