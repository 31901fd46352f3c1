using System.Diagnostics;
using Aspire.Hosting.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NomadPlatform.PlatformHarness;

namespace NomadPlatform.Bench;

public sealed record TokenValidationResult(int Validations, double MicrosecondsPerValidation, double AllocatedBytesPerValidation);

/// <summary>
/// What a service pays per request to trust a caller: a real access token from the running Identity,
/// validated as JwtBearer does it (signature with the discovery document's key, issuer, audience, type,
/// lifetime) on one thread, after warming up. The keys are fetched once, as the services cache them.
/// </summary>
public sealed class TokenValidationCost(LocalPlatform platform, int validations)
{
    public async Task<TokenValidationResult> RunAsync()
    {
        var officer = await platform.Staff.OfficerAsync("hubintake", "DocumentReviewer");
        var token = await officer.AccessTokenAsync();
        var authority = platform.App.GetEndpoint("identity", "http").ToString().TrimEnd('/');
        var discovery = new ConfigurationManager<OpenIdConnectConfiguration>($"{authority}/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
        var configuration = await discovery.GetConfigurationAsync(CancellationToken.None);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = "nomad-platform",
            IssuerSigningKeys = configuration.SigningKeys,
            ValidTypes = ["at+jwt"],
            // Judged on the platform's clock, as the services judge it (the benchmark's platform runs on a moved clock).
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires > platform.Now.UtcDateTime.AddSeconds(-30) && (notBefore is null || notBefore <= platform.Now.UtcDateTime.AddSeconds(30)),
        };
        var handler = new JsonWebTokenHandler { MapInboundClaims = false };

        for (var i = 0; i < 2_000; i++) await ValidateAsync(handler, token, parameters);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < validations; i++) await ValidateAsync(handler, token, parameters);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new TokenValidationResult(validations, elapsed.TotalMicroseconds / validations, (double)allocated / validations);
    }

    static async Task ValidateAsync(JsonWebTokenHandler handler, string token, TokenValidationParameters parameters)
    {
        var result = await handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid) throw new InvalidOperationException($"The access token did not validate: {result.Exception?.Message}");
    }
}
