using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;

namespace NomadPlatform.Infrastructure.Grpc;

/// <summary>
/// A status detail travels as a trailer, and clients refuse headers past 64 KB: a reason that quotes
/// a caller's oversized value would make the answer unreadable. Details are cut to a size any client reads.
/// </summary>
public sealed class BoundedStatusDetail : Interceptor
{
    public const int MaximumLength = 1024;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (RpcException exception) when (exception.Status.Detail.Length > MaximumLength)
        {
            throw new RpcException(new Status(exception.StatusCode, Cut(exception.Status.Detail)), exception.Trailers);
        }
    }

    public static string Cut(string detail) => detail.Length <= MaximumLength ? detail : detail[..(MaximumLength - 1)] + "…";
}

public static class ServiceGrpcExtensions
{
    /// <summary>The gRPC server as every agency runs it.</summary>
    public static IServiceCollection AddServiceGrpc(this IServiceCollection services, Action<GrpcServiceOptions>? configure = null)
    {
        services.AddGrpc(o =>
        {
            o.Interceptors.Add<BoundedStatusDetail>();
            // gRPC's catch-all for unknown services ("/{service}/{method}") would also match a two-segment
            // HTTP path such as POST /api/persons sent with the wrong media type, turning the 415 into a
            // bare 404. Unknown services fall through instead: a 404, which gRPC clients read as UNIMPLEMENTED.
            o.IgnoreUnknownServices = true;
            configure?.Invoke(o);
        });
        return services;
    }
}
