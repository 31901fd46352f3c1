using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NomadPlatform.Infrastructure.Grpc.Rights;

public static class GrpcRightsExtensions
{
    /// <summary>This <paramref name="service"/>'s gRPC methods answer the agencies its <paramref name="rights"/> name, proven by their system tokens.</summary>
    public static IHostApplicationBuilder AddGrpcRights(this IHostApplicationBuilder builder, string service, GrpcRights rights)
    {
        builder.AddSystemAuthentication(service);
        builder.Services.AddSingleton(rights);
        builder.Services.AddOptions<KnownAgencies>().Configure(o => ConfigurationBinder.Bind(builder.Configuration.GetSection("Agencies"), o.Agencies));
        return builder;
    }

    /// <summary>After authentication, before the gRPC request is read (<see cref="GrpcRequestValidationExtensions.UseGrpcRequestValidation"/>).</summary>
    public static IApplicationBuilder UseGrpcRights(this IApplicationBuilder app) => app.UseMiddleware<GrpcRightsCheck>();
}
