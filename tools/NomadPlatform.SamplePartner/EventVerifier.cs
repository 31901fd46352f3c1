using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.SamplePartner;

/// <summary>
/// Proves where an event came from and that nothing changed it: the detached CMS signature over its exact
/// bytes, by a certificate of the national CA (the configured roots and issuing CAs), naming the feed
/// operator's BIN. The seal's revocation is checked against the CRL its certificate names.
/// </summary>
public sealed class EventVerifier(X509Certificate2Collection nationalCa, string feedOperatorBin, TimeProvider time)
{
    /// <summary>Null when the event is genuine; otherwise why it must not be trusted.</summary>
    public string? Problem(byte[] servedEvent, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(servedEvent), detached: true);
        try
        {
            cms.Decode(signature);
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException exception)
        {
            return $"the signature does not verify over these bytes: {exception.Message}";
        }
        var signer = cms.SignerInfos[0].Certificate!;
        if (!signer.Subject.Contains($"BIN{feedOperatorBin}", StringComparison.Ordinal))
            return $"signed by '{signer.Subject}', not by the feed's operator (BIN {feedOperatorBin})";
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(nationalCa);
        chain.ChainPolicy.ExtraStore.AddRange(nationalCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        // The seal's own status, from the CRL its certificate names; the CA's certificates are the configured anchors.
        chain.ChainPolicy.RevocationFlag = X509RevocationFlag.EndCertificateOnly;
        chain.ChainPolicy.VerificationTime = time.GetUtcNow().UtcDateTime;
        return chain.Build(signer) ? null
            : $"the signer's certificate does not chain to the national CA: {string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()))}";
    }
}
