using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace NomadPlatform.Eds;

/// <summary>
/// Makes a CMS signature with a GOST R 34.10-2015 key as NCALayer does: Streebog digest, signed
/// attributes (content type, signing time, message digest), the signer's certificate included.
/// </summary>
public static class GostCms
{
    public static byte[] Sign(byte[] content, byte[] certificate, ECPrivateKeyParameters key, bool detached, DateTimeOffset signingTime)
    {
        var bits = Gost2015.BitsOf(key);
        var signerCertificate = X509CertificateStructure.GetInstance(certificate);
        var attributes = new DerSet(
            new CmsAttribute(CmsAttributes.ContentType, new DerSet(CmsObjectIdentifiers.Data)),
            new CmsAttribute(CmsAttributes.SigningTime, new DerSet(new Org.BouncyCastle.Asn1.Cms.Time(signingTime.UtcDateTime))),
            new CmsAttribute(CmsAttributes.MessageDigest, new DerSet(new DerOctetString(Gost2015.Digest(bits, content)))));
        var signature = Gost2015.Sign(key, attributes.GetEncoded(Asn1Encodable.Der));
        var signer = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(signerCertificate.Issuer, signerCertificate.SerialNumber)),
            Gost2015.DigestAlgorithm(bits), attributes, Gost2015.SignatureAlgorithm(bits), new DerOctetString(signature), null);
        var signed = new SignedData(
            new DerSet(Gost2015.DigestAlgorithm(bits)),
            new ContentInfo(CmsObjectIdentifiers.Data, detached ? null : new DerOctetString(content)),
            new DerSet(signerCertificate), null, new DerSet(signer));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, signed).GetEncoded(Asn1Encodable.Der);
    }
}
