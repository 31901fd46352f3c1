using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace NomadPlatform.Eds;

/// <summary>
/// A CMS/PKCS#7 SignedData (attached or detached) with exactly one signer, read without assuming the
/// algorithm, so that a GOST signature is read as surely as an RSA one. The signature itself is judged
/// by <see cref="Check"/>; nothing here throws for what the signer sent except <see cref="CmsFormatException"/>.
/// </summary>
public sealed class CmsSignature
{
    const string MessageDigest = "1.2.840.113549.1.9.4";
    const string SigningTimeAttribute = "1.2.840.113549.1.9.5";

    readonly SignerInfo _signer;
    readonly Asn1Set? _signedAttributes;
    readonly Dictionary<string, Asn1Encodable> _firstValues;

    CmsSignature(SignerInfo signer, byte[] signerCertificate, byte[]? content)
    {
        _signer = signer;
        _signedAttributes = signer.SignedAttrs;
        _firstValues = FirstValues(_signedAttributes);
        SignerCertificate = signerCertificate;
        Content = content;
        DigestAlgorithm = signer.DigestAlgorithm.Algorithm.Id;
        SignatureAlgorithm = EdsOids.Signature(signer.SignatureAlgorithm.Algorithm.Id);
        SigningTime = Attribute(SigningTimeAttribute) is { } time ? new DateTimeOffset(Org.BouncyCastle.Asn1.Cms.Time.GetInstance(time).ToDateTime(), TimeSpan.Zero) : null;
    }

    /// <summary>The signer's certificate (DER), as the CMS carries it.</summary>
    public byte[] SignerCertificate { get; }

    /// <summary>What was signed, when the CMS carries it (attached).</summary>
    public byte[]? Content { get; }

    public string DigestAlgorithm { get; }

    public SignatureAlgorithm SignatureAlgorithm { get; }

    /// <summary>The signing time the signer claims (a signed attribute), if any.</summary>
    public DateTimeOffset? SigningTime { get; }

    public static CmsSignature Read(byte[] cms)
    {
        try
        {
            var info = ContentInfo.GetInstance(Asn1Object.FromByteArray(cms) ?? throw new CmsFormatException("The signature is empty."));
            if (!CmsObjectIdentifiers.SignedData.Equals(info.ContentType))
                throw new CmsFormatException($"The CMS holds {info.ContentType.Id}, not signed data.");
            var signed = SignedData.GetInstance(info.Content);
            var signers = signed.SignerInfos;
            if (signers.Count != 1)
                throw new CmsFormatException(signers.Count == 0
                    ? "The CMS carries no signer."
                    : $"The CMS carries {signers.Count} signers; a document here is signed by exactly one person or organisation per signature.");
            var signer = SignerInfo.GetInstance(signers[0]);
            var certificate = FindCertificate(signed, signer.SignerID)
                ?? throw new CmsFormatException("The CMS does not carry the signer's certificate.");
            var content = signed.EncapContentInfo.Content is Asn1OctetString octets ? octets.GetOctets() : null;
            return new CmsSignature(signer, certificate.GetEncoded(Asn1Encodable.Der), content);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException or InvalidOperationException or FormatException)
        {
            throw new CmsFormatException($"The data is not a CMS/PKCS#7 signature: {exception.Message}");
        }
    }

    /// <summary>Whether the signer signed <paramref name="detachedContent"/> (or the attached content).</summary>
    public SignatureOutcome Check(byte[]? detachedContent)
    {
        var content = detachedContent ?? Content;
        if (content is null) return SignatureOutcome.Mismatch("The CMS is detached and no content was given to check it against.");
        if (detachedContent is not null && Content is not null && !Content.AsSpan().SequenceEqual(detachedContent))
            return SignatureOutcome.Mismatch("The content the CMS carries differs from the content given.");

        if (SignatureAlgorithm.Refusal is { } refusal) return SignatureOutcome.Unsupported(refusal);
        var (hash, streebogBits, digestRefusal) = EdsOids.Digest(DigestAlgorithm);
        if (digestRefusal is not null) return SignatureOutcome.Unsupported(digestRefusal);

        byte[] signedBytes = content;
        if (_signedAttributes is not null)
        {
            if (Attribute(MessageDigest) is not Asn1OctetString signedDigest)
                return SignatureOutcome.Mismatch("The signed attributes carry no message digest.");
            var digest = hash is { } name ? CryptographicOperations.HashData(name, content) : Gost2015.Digest(streebogBits, content);
            if (!CryptographicOperations.FixedTimeEquals(digest, signedDigest.GetOctets()))
                return SignatureOutcome.Mismatch("The signature does not match the content: the content's digest differs from the one signed.");
            signedBytes = _signedAttributes.GetEncoded(Asn1Encodable.Der);
        }

        var spki = X509CertificateStructure.GetInstance(SignerCertificate).SubjectPublicKeyInfo.GetEncoded(Asn1Encodable.Der);
        var outcome = SignatureCheck.Verify(spki, SignatureAlgorithm, signedBytes, _signer.Signature.GetOctets(), hash, streebogBits);
        return outcome.Status == SignatureStatus.Mismatch
            ? SignatureOutcome.Mismatch($"The signature does not match the content: {outcome.Reason}")
            : outcome;
    }

    Asn1Encodable? Attribute(string oid) => _firstValues.GetValueOrDefault(oid);

    // Read while the CMS is read, so that a damaged attribute is the CMS's format, not a failure inside Check.
    static Dictionary<string, Asn1Encodable> FirstValues(Asn1Set? attributes)
    {
        var values = new Dictionary<string, Asn1Encodable>();
        foreach (var element in attributes ?? new DerSet())
        {
            var attribute = CmsAttribute.GetInstance(element);
            if (attribute.AttrValues.Count > 0) values.TryAdd(attribute.AttrType.Id, attribute.AttrValues[0]);
        }
        return values;
    }

    static X509CertificateStructure? FindCertificate(SignedData signed, SignerIdentifier signerId)
    {
        if (signed.Certificates is null) return null;
        var certificates = signed.Certificates.Cast<Asn1Encodable>()
            .Select(c => c.ToAsn1Object()).OfType<Asn1Sequence>().Select(X509CertificateStructure.GetInstance);
        if (signerId.ID is Asn1TaggedObject { TagNo: 0 } tagged)
        {
            var keyId = Asn1OctetString.GetInstance(tagged, false).GetOctets();
            return certificates.FirstOrDefault(c => SubjectKeyId(c) is { } id && id.AsSpan().SequenceEqual(keyId));
        }
        var issuerAndSerial = IssuerAndSerialNumber.GetInstance(signerId.ID);
        return certificates.FirstOrDefault(c => c.Issuer.Equivalent(issuerAndSerial.Issuer) && c.SerialNumber.Value.Equals(issuerAndSerial.SerialNumber.Value));
    }

    static byte[]? SubjectKeyId(X509CertificateStructure certificate) =>
        certificate.TbsCertificate.Extensions?.GetExtension(X509Extensions.SubjectKeyIdentifier) is { } extension
            ? SubjectKeyIdentifier.GetInstance(extension.GetParsedValue()).GetKeyIdentifier()
            : null;
}

/// <summary>The bytes are not a CMS signature this platform can read; the message says why.</summary>
public sealed class CmsFormatException(string reason) : Exception(reason);
