using Google.Protobuf;
using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Grpc;

namespace NomadPlatform.Infrastructure.Seal;

/// <summary>Who certifies a new seal key: the national CA, given the key's CSR; the certificate (DER) back.</summary>
public interface ISealIssuer
{
    Task<byte[]> IssueAsync(byte[] csr, string commonName, CancellationToken cancellationToken);
}

/// <summary>The national CA over gRPC, asked by the service's system signed in with its own certificate.</summary>
public sealed class CaSealIssuer(OrganisationCertificates.OrganisationCertificatesClient certificates) : ISealIssuer
{
    public async Task<byte[]> IssueAsync(byte[] csr, string commonName, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await AgencyCall.SendAsync("Identity", () => certificates.IssueAsync(new IssueRequest
            {
                Csr = ByteString.CopyFrom(csr),
                CommonName = commonName,
                Use = CertificateUse.Seal,
            }, cancellationToken: cancellationToken).ResponseAsync);
            return reply.Certificate.ToByteArray();
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.PermissionDenied or StatusCode.InvalidArgument)
        {
            throw new InvalidOperationException($"The national CA refused the seal enrolment: {exception.Status.Detail}", exception);
        }
    }
}
