using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using NomadPlatform.ServiceDefaults;

namespace Microsoft.Extensions.Hosting;

public static class AuthenticationExtensions
{
    static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>The scheme of tokens that agencies' systems present to each other's gRPC services.</summary>
    public const string SystemScheme = "System";

    /// <summary>
    /// Bearer tokens from Identity (<c>Identity:Authority</c>), validated here with the keys of its
    /// discovery document: no call to Identity per request.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = Authority(builder);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        Configure(builder, JwtBearerDefaults.AuthenticationScheme, authority, PlatformClaims.Audience);
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>
    /// Tokens of other agencies' systems (client credentials at Identity), accepted only when issued
    /// for calling this <paramref name="service"/>: a token one agency received cannot be replayed to another.
    /// </summary>
    public static IHostApplicationBuilder AddSystemAuthentication(this IHostApplicationBuilder builder, string service)
    {
        builder.Services.AddAuthentication().AddJwtBearer(SystemScheme);
        Configure(builder, SystemScheme, Authority(builder), SystemClaims.AudienceOf(service));
        return builder;
    }

    static string Authority(IHostApplicationBuilder builder) => builder.Configuration["Identity:Authority"]
        ?? throw new InvalidOperationException("Identity:Authority is not set: tokens cannot be validated without the issuer's address.");

    static void Configure(IHostApplicationBuilder builder, string scheme, string authority, string audience) =>
        builder.Services.AddOptions<JwtBearerOptions>(scheme).Configure<TimeProvider>((options, time) =>
        {
            options.Authority = authority;
            options.Audience = audience;
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
}
