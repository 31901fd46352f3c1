using NomadPlatform.Identity.Features.RegisterPerson;
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
        builder.Services.AddExceptionHandler<CaseExceptionHandler>();
        builder.Services.AddGrpc();
        builder.Services.AddScoped<RegisterPersonHandler>();
        return builder;
    }
}
