using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;

namespace NomadPlatform.Eds;

/// <summary>A PKCS#10 request whose own signature proves that the sender holds the key, in any EDS algorithm.</summary>
public static class CertificationRequest
{
    /// <summary>The request, once its signature verifies; otherwise <see cref="FormatException"/> with the reason.</summary>
    public static CertificateRequest Load(byte[] der)
    {
        CertificateRequest request;
        Org.BouncyCastle.Asn1.Pkcs.CertificationRequest parsed;
        try
        {
            // .NET reads the structure whatever the algorithm; the signature is checked below for every algorithm alike.
            request = CertificateRequest.LoadSigningRequest(der, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.SkipSignatureValidation);
            parsed = Org.BouncyCastle.Asn1.Pkcs.CertificationRequest.GetInstance(Asn1Object.FromByteArray(der));
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException or IOException or InvalidCastException)
        {
            throw new FormatException($"Not a PKCS#10 request: {exception.Message}", exception);
        }
        var info = parsed.GetCertificationRequestInfo();
        var outcome = SignatureCheck.Verify(
            info.SubjectPublicKeyInfo.GetEncoded(Asn1Encodable.Der), EdsOids.Signature(parsed.SignatureAlgorithm.Algorithm.Id),
            info.GetEncoded(Asn1Encodable.Der), parsed.Signature.GetOctets());
        return outcome.Status == SignatureStatus.Valid
            ? request
            : throw new FormatException($"The request's signature does not prove possession of its key: {outcome.Reason}");
    }

    public static CertificateRequest LoadPem(string pem)
    {
        var fields = PemEncoding.TryFind(pem, out var found) ? found : throw new FormatException("Not a PEM-encoded PKCS#10 request.");
        var label = pem[fields.Label];
        if (label is not ("CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST"))
            throw new FormatException($"The PEM holds a {label}, not a CERTIFICATE REQUEST.");
        return Load(Convert.FromBase64String(pem[fields.Base64Data]));
    }
}
