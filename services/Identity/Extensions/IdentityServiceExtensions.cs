using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Grpc;
using Microsoft.AspNetCore.Authorization;
using NomadPlatform.Identity.Features.EnrolSystem;
using NomadPlatform.Identity.Grpc;
using NomadPlatform.Identity.Infrastructure.Systems;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.Identity.Features.IssueEmployeeCertificate;
using NomadPlatform.Identity.Security;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Identity.Features.IssueCertificate;
using NomadPlatform.Identity.Features.RegisterPerson;
using NomadPlatform.Identity.Features.RevokeCertificate;
using NomadPlatform.Identity.Features.VerifySignature;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Migrations.Postgres;
using NomadPlatform.Identity.Infrastructure.Migrations.Sqlite;
using NomadPlatform.Identity.Infrastructure.Migrations.SqlServer;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Identity.Extensions;

public static class IdentityServiceExtensions
{
    public static WebApplicationBuilder AddIdentityServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext, IdentitySqliteDbContext, IdentityPostgresDbContext, IdentitySqlServerDbContext>("identitydb");
        builder.AddServiceMessaging<IdentityDbContext>("identity");
        builder.Services.AddCaseProblems(typeof(IdentityServiceExtensions).Assembly);
        builder.Services.AddServiceGrpc(o => o.MaxReceiveMessageSize = 20 * 1024 * 1024);
        builder.Services.AddOptions<EdsOptions>().BindConfiguration("Eds").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EdsOptions>, EdsTrustValidation>();
        builder.Services.AddSingleton<CertificateAuthorityStore>();
        builder.Services.AddSingleton<TrustedAuthorities>();
        builder.Services.AddSingleton<RevocationLists>();
        builder.Services.AddHttpClient(RevocationLists.HttpClientName);
        builder.Services.AddScoped<RegisterPersonHandler>();
        builder.Services.AddScoped<IssueCertificateHandler>();
        builder.Services.AddScoped<SystemCertificatesHandler>();
        builder.Services.AddScoped<SystemClients>();
        builder.Services.AddScoped<RevokeCertificateHandler>();
        builder.Services.AddScoped<VerifySignatureHandler>();
        builder.Services.AddSingleton<EmployeeCertificates>();
        builder.Services.AddSingleton<CertificateCustody>();
        builder.AddEdsSignIn();
        builder.AddAgencyAccess(IdentityRoles.All);
        builder.Services.AddScoped<ISealIssuer, OwnSealIssuer>();
        builder.AddOrganisationSeal<IdentityDbContext>("Registration of foreign citizens seal");
        builder.AddGrpcRights(IdentityGrpcRights.Service, IdentityGrpcRights.Table());
        builder.Services.AddSingleton<IAuthorizationHandler, OrganisationAdministratorRequirement>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OrganisationAdministratorRequirement.Policy, p => p.RequireAuthenticatedUser().AddRequirements(new OrganisationAdministratorRequirement()));
        return builder;
    }
}
