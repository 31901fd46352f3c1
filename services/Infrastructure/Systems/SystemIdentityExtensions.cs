using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Systems;

public static class SystemIdentityExtensions
{
    /// <summary>
    /// This agency's system as the other agencies know it: <paramref name="service"/>'s certificate
    /// (kept in <typeparamref name="TDbContext"/>), tokens to call other agencies with, the check of
    /// its status with the CA, and a health check that fails while it has no usable certificate.
    /// </summary>
    public static IHostApplicationBuilder AddSystemIdentity<TDbContext>(this IHostApplicationBuilder builder, string service)
        where TDbContext : ServiceDbContext
    {
        var services = builder.Services;
        services.AddOptions<AgencyOptions>().BindConfiguration("Agency");
        services.AddOptions<SystemOptions>().BindConfiguration("System")
            .Validate(o => o.KeyPassphrase.Length >= 16, "System:KeyPassphrase (at least 16 characters) protects the system key at rest.")
            .ValidateOnStart();
        services.AddSingleton(new SystemName(service));
        services.AddSingleton(sp => new SystemCertificate(sp, scoped => scoped.GetRequiredService<TDbContext>(),
            sp.GetRequiredService<IOptions<SystemOptions>>(), sp.GetRequiredService<IOptions<AgencyOptions>>(),
            sp.GetRequiredService<SystemName>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SystemCertificate>>()));
        services.AddSingleton<SystemTokens>();
        services.AddHttpClient(SystemTokens.HttpClientName);
        services.AddHttpClient(SystemCertificateWatch.HttpClientName);
        services.AddHostedService<SystemCertificateWatch>();
        services.AddHealthChecks().AddCheck<SystemCertificateHealth>("system-certificate");
        builder.AddAgencyGrpcClient<OrganisationCertificates.OrganisationCertificatesClient>("identity", method => method == "Issue");
        return builder;
    }

    /// <summary>
    /// A client of <paramref name="service"/>'s gRPC server that presents this system's token for it on
    /// every call (or only on the methods <paramref name="authenticated"/> names).
    /// </summary>
    public static IHttpClientBuilder AddAgencyGrpcClient<TClient>(this IHostApplicationBuilder builder, string service, Func<string, bool>? authenticated = null)
        where TClient : class => builder.Services
        .AddGrpcClient<TClient>(o => o.Address = new Uri($"http://_grpc.{service}"))
        .AddCallCredentials(async (context, metadata, provider) =>
        {
            if (authenticated is not null && !authenticated(context.MethodName)) return;
            var token = await provider.GetRequiredService<SystemTokens>().ForAsync(service, context.CancellationToken);
            metadata.Add("Authorization", $"Bearer {token}");
        })
        // Inside the platform the channel is plain HTTP/2 on service discovery; a deployment puts TLS in front.
        .ConfigureChannel(o => o.UnsafeUseInsecureChannelCallCredentials = true);
}
