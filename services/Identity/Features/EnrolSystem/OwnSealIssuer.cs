using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Identity.Features.EnrolSystem;

/// <summary>
/// The CA's own organisation seal: certified in-process by the CA, under the BIN it is registered
/// with, like any organisation's — never the CA's signing key itself, which signs certificates only.
/// </summary>
public sealed class OwnSealIssuer(SystemCertificatesHandler handler, IOptions<AgencyOptions> agency) : ISealIssuer
{
    public async Task<byte[]> IssueAsync(byte[] csr, string commonName, CancellationToken cancellationToken)
    {
        using var certificate = await handler.IssueAsync(Bin.Parse(agency.Value.Bin), csr, commonName, EdsPurpose.Signing, cancellationToken);
        return certificate.RawData;
    }
}
