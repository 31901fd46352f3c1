using Grpc.Core;

namespace NomadPlatform.Infrastructure.Grpc;

public static class CaseIdArgument
{
    /// <summary>Reads a case id from a request field, or answers InvalidArgument naming the field.</summary>
    public static Guid Parse(string value, string field = "case_id") =>
        Guid.TryParse(value, out var caseId) && caseId != Guid.Empty
            ? caseId
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"{field}: '{value}' is not a case id (a GUID)."));
}
