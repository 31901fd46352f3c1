using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.UnitTests.Eds;

public sealed class CertificateProfileTests(TestPki pki) : IClassFixture<TestPki>
{
    [Fact]
    public void A_signing_certificate_follows_the_nca_profile()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);

        Assert.Contains("SERIALNUMBER=IIN791028302728", key.Subject);
        Assert.Contains("C=KZ", key.Subject);
        Assert.Contains("CN=NOMAD DANA", key.Subject);
        Assert.Equal(TestPki.ApplicantIin, NcaSubject.IinOf(key));
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, key.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages);
        var usages = key.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.Value);
        Assert.Equal([NcaOids.EmailProtection, NcaOids.IndividualHolder], usages);
        Assert.Equal([NcaOids.IndividualSigningPolicy], EdsCertificateProfile.PoliciesOf(key));
        Assert.Equal(365, (key.NotAfter - key.NotBefore).TotalDays, precision: 0);
    }

    [Fact]
    public void An_authentication_certificate_is_for_client_authentication()
    {
        using var key = pki.IssueKey(EdsPurpose.Authentication);

        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, key.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages);
        Assert.Equal([NcaOids.IndividualAuthenticationPolicy], EdsCertificateProfile.PoliciesOf(key));
    }

    [Fact]
    public void The_crl_lists_revoked_serials_and_is_signed_by_the_issuing_ca()
    {
        using var key = pki.IssueKey(EdsPurpose.Signing);

        var crl = pki.National.BuildCrl([new RevokedCertificate(key.SerialNumber, TestPki.Now, X509RevocationReason.KeyCompromise)], 7, TestPki.Now, TestPki.Now.AddDays(1));
        var loaded = CertificateRevocationListBuilder.Load(crl, out var number);

        Assert.Equal(7, (int)number);
        Assert.True(loaded.RemoveEntry(Convert.FromHexString(key.SerialNumber)));
    }
}
