using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>The extensions NCA puts on an individual's or a legal entity's certificate for each purpose.</summary>
public static class EdsCertificateProfile
{
    public static void Apply(CertificateRequest request, EdsPurpose purpose, EdsHolderType holder, Uri crlDistributionPoint)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            purpose == EdsPurpose.Signing
                ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation
                : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment,
            critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(NcaOids.PurposeUsage(purpose)), .. NcaOids.Holder(holder).Select(o => new Oid(o))], critical: false));
        request.CertificateExtensions.Add(PoliciesExtension(NcaOids.Policy(purpose, holder)));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([crlDistributionPoint.ToString()]));
    }

    /// <summary>certificatePolicies ::= SEQUENCE OF PolicyInformation { policyIdentifier }</summary>
    static X509Extension PoliciesExtension(string policy)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
            writer.WriteObjectIdentifier(policy);
        return new X509Extension(NcaOids.CertificatePolicies, writer.Encode(), critical: false);
    }

    public static IReadOnlyList<string> PoliciesOf(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions[NcaOids.CertificatePolicies];
        if (extension is null) return [];
        var reader = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
        var policies = new List<string>();
        while (reader.HasData) policies.Add(reader.ReadSequence().ReadObjectIdentifier());
        return policies;
    }
}
