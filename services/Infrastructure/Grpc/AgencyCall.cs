using Grpc.Core;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Grpc;

/// <summary>Calls another agency over gRPC; a service that is down becomes a clear "unavailable", never a 500.</summary>
public static class AgencyCall
{
    public static async Task<TReply> SendAsync<TReply>(string agency, Func<Task<TReply>> call)
    {
        try
        {
            return await call();
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new AgencyUnavailable(agency, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new AgencyUnavailable(agency, exception);
        }
    }
}
