using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Grpc.Rights;

public static class GrpcRightsExtensions
{
    /// <summary>This <paramref name="service"/>'s gRPC methods answer the agencies its <paramref name="rights"/> name, proven by their system tokens.</summary>
    public static IHostApplicationBuilder AddGrpcRights(this IHostApplicationBuilder builder, string service, GrpcRights rights)
    {
        builder.AddSystemAuthentication(service);
        if (TestHostClock.Environments.OffersDeveloperSurfaces(builder.Environment))
        {
            // Lists the service's methods to grpcurl and the like, where a newcomer explores; never in production.
            builder.Services.AddGrpcReflection();
            rights.Open(global::Grpc.Reflection.V1Alpha.ServerReflection.Descriptor, "ServerReflectionInfo", "Development: lists the methods")
                .Open(global::Grpc.Reflection.V1.ServerReflection.Descriptor, "ServerReflectionInfo", "Development: lists the methods");
        }
        builder.Services.AddSingleton(rights);
        builder.Services.AddOptions<KnownAgencies>().Configure(o => ConfigurationBinder.Bind(builder.Configuration.GetSection("Agencies"), o.Agencies));
        return builder;
    }

    /// <summary>After authentication, before the gRPC request is read (<see cref="GrpcRequestValidationExtensions.UseGrpcRequestValidation"/>).</summary>
    public static WebApplication UseGrpcRights(this WebApplication app)
    {
        app.UseMiddleware<GrpcRightsCheck>();
        if (TestHostClock.Environments.OffersDeveloperSurfaces(app.Environment)) app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
