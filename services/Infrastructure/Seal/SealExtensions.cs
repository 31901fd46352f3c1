using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Seal;

public static class SealExtensions
{
    /// <summary>
    /// The organisation's seal, configured under <paramref name="section"/> and kept in
    /// <typeparamref name="TDbContext"/> (which applies <see cref="SealCredentialConfiguration"/>).
    /// Needs the system identity, whose token asks the CA for it.
    /// </summary>
    public static IHostApplicationBuilder AddOrganisationSeal<TDbContext>(this IHostApplicationBuilder builder, string section, string commonName)
        where TDbContext : ServiceDbContext
    {
        builder.Services.AddSingleton<SealCache>();
        builder.Services.AddHostedService<SealStatusWatch>();
        builder.Services.AddScoped(sp => new OrganisationSeal(sp.GetRequiredService<TDbContext>(),
            sp.GetRequiredService<OrganisationCertificates.OrganisationCertificatesClient>(), sp.GetRequiredService<IOptions<SealOptions>>(),
            sp.GetRequiredService<SealCache>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddOptions<SealOptions>().BindConfiguration(section)
            .PostConfigure(o => o.CommonName = string.IsNullOrEmpty(o.CommonName) ? commonName : o.CommonName)
            .Validate(o => Bin.TryParse(o.Bin, out _, out _), $"{section}:Bin must be the organisation's BIN.")
            .Validate(o => o.KeyPassphrase.Length >= 16, $"{section}:KeyPassphrase (at least 16 characters) protects the seal's key at rest.")
            .ValidateOnStart();
        return builder;
    }
}
