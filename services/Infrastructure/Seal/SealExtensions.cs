using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Systems;

namespace NomadPlatform.Infrastructure.Seal;

public static class SealExtensions
{
    /// <summary>
    /// The organisation's seal, configured under <c>Seal</c> (its BIN that of <c>Agency:Bin</c> unless
    /// given) and kept in <typeparamref name="TDbContext"/>'s <c>SealCredentials</c>; the CA's status
    /// of it watched; and the hourly seal of the agency's audit chain (<see cref="AuditChainSealer"/>).
    /// The seal is certified by the national CA through the system's token, unless the service
    /// registered its own <see cref="ISealIssuer"/> first (the CA itself).
    /// </summary>
    public static IHostApplicationBuilder AddOrganisationSeal<TDbContext>(this IHostApplicationBuilder builder, string commonName)
        where TDbContext : ServiceDbContext
    {
        var services = builder.Services;
        services.AddSingleton<SealCache>();
        services.TryAddScoped<ISealIssuer, CaSealIssuer>();
        services.AddHttpClient(SystemCertificateWatch.HttpClientName);
        services.AddHostedService<SealStatusWatch>();
        services.AddHostedService<AuditChainSealer>();
        services.AddScoped(sp => new OrganisationSeal(sp.GetRequiredService<TDbContext>(), sp.GetRequiredService<ISealIssuer>(),
            sp.GetRequiredService<IOptions<SealOptions>>(), sp.GetRequiredService<SealCache>(), sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<SealOptions>().BindConfiguration(SealOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) =>
            {
                o.CommonName = string.IsNullOrEmpty(o.CommonName) ? commonName : o.CommonName;
                o.Bin = string.IsNullOrEmpty(o.Bin) ? configuration["Agency:Bin"] ?? "" : o.Bin;
            })
            .Validate(o => Bin.TryParse(o.Bin, out _, out _), "Seal:Bin (or Agency:Bin) must be the organisation's BIN.")
            .Validate(o => o.KeyPassphrase.Length >= 16, "Seal:KeyPassphrase (at least 16 characters) protects the seal's key at rest.")
            .ValidateOnStart();
        return builder;
    }
}
