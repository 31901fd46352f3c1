using Grpc.Core;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Systems;

namespace NomadPlatform.Infrastructure.Grpc;

/// <summary>
/// Calls another agency over gRPC; a service that is down, or a system that cannot prove who it is
/// right now (no certificate, a refused token), becomes a clear "unavailable", never a 500.
/// </summary>
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
        catch (RpcException exception) when (exception.Status.DebugException is SystemNotEnrolled or SystemTokenRefused)
        {
            throw new AgencyUnavailable(agency, $"this agency's system cannot prove who it is: {exception.Status.DebugException.Message}", exception);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unauthenticated)
        {
            throw new AgencyUnavailable(agency, $"it did not accept this agency's system token: {exception.Status.Detail}", exception);
        }
        catch (Exception exception) when (exception is SystemNotEnrolled or SystemTokenRefused)
        {
            throw new AgencyUnavailable(agency, $"this agency's system cannot prove who it is: {exception.Message}", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new AgencyUnavailable(agency, exception);
        }
    }
}
