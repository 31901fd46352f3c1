using System.Formats.Asn1;
using System.Security.Cryptography;

namespace NomadPlatform.Eds;

/// <summary>
/// A certificate, CRL or request as X.509 signs it: the exact bytes signed, the algorithm, the
/// signature. Read with the original bytes, never a re-encoding, so a verifier checks what the CA signed.
/// </summary>
public sealed record SignedStructure(ReadOnlyMemory<byte> SignedBytes, SignatureAlgorithm Algorithm, byte[] Signature)
{
    public static SignedStructure Read(ReadOnlyMemory<byte> der)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
            var signed = outer.ReadEncodedValue();
            var algorithm = outer.ReadSequence().ReadObjectIdentifier();
            var signature = outer.ReadBitString(out _);
            return new SignedStructure(signed, EdsOids.Signature(algorithm), signature);
        }
        catch (AsnContentException exception)
        {
            throw new FormatException($"Not a signed X.509 structure: {exception.Message}", exception);
        }
    }

    /// <summary>Whether the holder of <paramref name="signerPublicKeyInfo"/> signed this structure.</summary>
    public SignatureOutcome VerifyWith(byte[] signerPublicKeyInfo) =>
        SignatureCheck.Verify(signerPublicKeyInfo, Algorithm, SignedBytes.Span, Signature);

    public static SignatureOutcome Verify(ReadOnlyMemory<byte> der, byte[] signerPublicKeyInfo)
    {
        try
        {
            return Read(der).VerifyWith(signerPublicKeyInfo);
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            return SignatureOutcome.Unsupported(exception.Message);
        }
    }
}
