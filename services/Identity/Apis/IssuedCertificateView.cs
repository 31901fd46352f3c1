using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Identity.Apis;

public sealed record IssuedCertificateView(string SerialNumber, string Subject, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string CertificatePem)
{
    public static IssuedCertificateView Of(X509Certificate2 certificate) => new(
        certificate.SerialNumber, certificate.Subject, certificate.NotBefore.ToUniversalTime(), certificate.NotAfter.ToUniversalTime(), certificate.ExportCertificatePem());
}
