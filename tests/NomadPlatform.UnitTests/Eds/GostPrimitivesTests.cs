using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NomadPlatform.Eds;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace NomadPlatform.UnitTests.Eds;

/// <summary>
/// Our reading of GOST R 34.10-2015 bytes — key <c>x ‖ y</c> little-endian, signature <c>s ‖ r</c>
/// big-endian, digest as a little-endian integer — against signatures an independent implementation
/// made (<see cref="OpenSslGostVectors"/>), and each other reading of the same bytes refused.
/// </summary>
public sealed class GostPrimitivesTests
{
    public static TheoryData<int> Sizes => [256, 512];

    [Theory, MemberData(nameof(Sizes))]
    public void An_independent_implementations_certificate_signature_verifies(int bits)
    {
        var (key, signed) = SelfSigned(bits);

        Assert.True(Gost2015.Verify(key, signed.SignedBytes.Span, signed.Signature));
    }

    [Theory, MemberData(nameof(Sizes))]
    public void The_signature_read_in_any_other_byte_order_does_not_verify(int bits)
    {
        var (key, signed) = SelfSigned(bits);
        var half = bits / 8;
        var rFirst = signed.Signature[half..].Concat(signed.Signature[..half]).ToArray();
        var littleEndian = signed.Signature.Reverse().ToArray();

        Assert.False(Gost2015.Verify(key, signed.SignedBytes.Span, rFirst));
        Assert.False(Gost2015.Verify(key, signed.SignedBytes.Span, littleEndian));
    }

    [Theory, MemberData(nameof(Sizes))]
    public void The_key_read_big_endian_is_not_the_signers_key(int bits)
    {
        var certificate = X509CertificateStructure.GetInstance(Certificate(bits));
        var point = Asn1OctetString.GetInstance(Asn1Object.FromByteArray(certificate.SubjectPublicKeyInfo.PublicKey.GetOctets())).GetOctets();
        var half = point.Length / 2;
        var bigEndian = point[..half].Reverse().Concat(point[half..].Reverse()).ToArray();
        var misread = new SubjectPublicKeyInfo(certificate.SubjectPublicKeyInfo.Algorithm, new DerOctetString(bigEndian).GetEncoded()).GetEncoded();
        var signed = SignedStructure.Read(Certificate(bits));

        // Read the wrong way round the point is almost surely off the curve; if not, it is someone else's key.
        var verified = false;
        try { verified = Gost2015.Verify(Gost2015.DecodePublicKey(misread), signed.SignedBytes.Span, signed.Signature); }
        catch (FormatException) { }
        Assert.False(verified);
    }

    [Theory, MemberData(nameof(Sizes))]
    public void An_independent_implementations_cms_signature_verifies_over_its_signed_attributes(int bits)
    {
        var (key, _) = SelfSigned(bits);
        var signer = SignerInfo.GetInstance(SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(Cms(bits))).Content).SignerInfos[0]);
        var digest = signer.SignedAttrs.Cast<Asn1Encodable>().Select(CmsAttribute.GetInstance)
            .Single(a => a.AttrType.Equals(CmsAttributes.MessageDigest)).AttrValues[0];

        Assert.Equal(Gost2015.Digest(bits, Encoding.UTF8.GetBytes(OpenSslGostVectors.Content)), Asn1OctetString.GetInstance(digest).GetOctets());
        Assert.True(Gost2015.Verify(key, signer.SignedAttrs.GetEncoded(Asn1Encodable.Der), signer.Signature.GetOctets()));
    }

    [Theory, MemberData(nameof(Sizes))]
    public void Our_signature_verifies_and_a_changed_byte_does_not(int bits)
    {
        var key = (ECPrivateKeyParameters)Gost2015.Generate(bits).Private;
        var publicKey = Gost2015.DecodePublicKey(Gost2015.EncodePublicKey(Gost2015.PublicKeyOf(key)));
        var data = Encoding.UTF8.GetBytes("manifest");
        var signature = Gost2015.Sign(key, data);

        Assert.Equal(bits / 4, signature.Length);
        Assert.True(Gost2015.Verify(publicKey, data, signature));
        data[0] ^= 1;
        Assert.False(Gost2015.Verify(publicKey, data, signature));
    }

    [Fact]
    public void A_gost_key_survives_encrypted_pkcs8_and_pkcs12()
    {
        using var key = EdsPrivateKey.CreateGost(512);
        var holder = new X500DistinguishedName("CN=Holder");
        using var certificate = key.Request(holder).Create(holder, key.SignatureGenerator, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1), [1]);
        var protection = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000);

        using var reopened = EdsPrivateKey.ImportEncryptedPkcs8("passphrase", key.ExportEncryptedPkcs8("passphrase", protection));
        using var file = EdsKeyFile.Open(key.ExportPkcs12(certificate, "file-password"), "file-password");

        Assert.Equal(key.Gost!.D, reopened.Gost!.D);
        Assert.Equal(key.Gost.D, file.Key.Gost!.D);
        Assert.Equal(certificate.RawData, file.Certificate.RawData);
        Assert.Equal(SignatureStatus.Valid, SignedStructure.Verify(certificate.RawData, certificate.PublicKey.ExportSubjectPublicKeyInfo()).Status);
    }

    static (ECPublicKeyParameters Key, SignedStructure Signed) SelfSigned(int bits)
    {
        var der = Certificate(bits);
        var spki = X509CertificateStructure.GetInstance(der).SubjectPublicKeyInfo.GetEncoded(Asn1Encodable.Der);
        return (Gost2015.DecodePublicKey(spki), SignedStructure.Read(der));
    }

    static byte[] Certificate(int bits) => bits == 512 ? OpenSslGostVectors.Certificate512 : OpenSslGostVectors.Certificate256;

    static byte[] Cms(int bits) => bits == 512 ? OpenSslGostVectors.DetachedCms512 : OpenSslGostVectors.DetachedCms256;
}
