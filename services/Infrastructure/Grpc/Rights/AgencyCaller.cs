using Grpc.Core;

namespace NomadPlatform.Infrastructure.Grpc.Rights;

/// <summary>The agency system that made a gRPC call, as its token proved it (null <see cref="Agency"/>: enrolled, but not an agency this service knows).</summary>
public sealed record AgencyCaller(string Bin, string? Agency)
{
    public static AgencyCaller Of(ServerCallContext context) =>
        context.GetHttpContext().Features.Get<AgencyCaller>()
        ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "This method needs the calling system's token."));
}
