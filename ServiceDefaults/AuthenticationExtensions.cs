using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using NomadPlatform.ServiceDefaults;

namespace Microsoft.Extensions.Hosting;

public static class AuthenticationExtensions
{
    static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bearer tokens from Identity (<c>Identity:Authority</c>), validated here with the keys of its
    /// discovery document: no call to Identity per request.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = builder.Configuration["Identity:Authority"]
            ?? throw new InvalidOperationException("Identity:Authority is not set: tokens cannot be validated without the issuer's address.");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((options, time) =>
        {
            options.Authority = authority;
            options.Audience = PlatformClaims.Audience;
            options.RequireHttpsMetadata = authority.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = PlatformClaims.Subject;
            options.TokenValidationParameters.ValidTypes = ["at+jwt"];
            // Judged on the platform's clock (a test host may have moved it), not the machine's.
            options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } end && end > now - ClockSkew && (notBefore is not { } start || start <= now + ClockSkew);
            };
        });
        builder.Services.AddAuthorization();
        return builder;
    }
}
