using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Eds;

/// <summary>A real national CA (RSA) and a second, foreign one; created once for the test class.</summary>
public sealed class TestPki
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    public const string ApplicantIin = "791028302728";

    public CertificateAuthority National { get; } = CertificateAuthority.Create(EdsKeyAlgorithm.Rsa, Now.AddYears(-3), new Uri("http://identity/pki/crl"));
    public CertificateAuthority Foreign { get; } = CertificateAuthority.Create(EdsKeyAlgorithm.Ecdsa, Now.AddYears(-3), new Uri("http://elsewhere/crl"));

    public X509Certificate2 IssueKey(EdsPurpose purpose, string iin = ApplicantIin, CertificateAuthority? by = null, DateTimeOffset? at = null, EdsKeyAlgorithm algorithm = EdsKeyAlgorithm.Rsa)
    {
        using var key = EdsKeys.Create(algorithm, authority: false);
        var subject = Iin.TryParse(iin, out var valid, out _)
            ? NcaSubject.ForIndividual(valid, "Nomad", "Dana")
            : new X500DistinguishedName($"CN=TEST, SERIALNUMBER=IIN{iin}, C=KZ");
        using var certificate = (by ?? National).Issue(EdsKeys.Request(subject, key), purpose, at ?? Now.AddDays(-10));
        return EdsKeys.WithKey(certificate, key);
    }

    public const string HubBin = "180540000012";

    /// <summary>An organisation's seal: a legal-entity signing certificate naming O= and OU=BIN….</summary>
    public X509Certificate2 IssueSeal(string bin = HubBin)
    {
        using var key = EdsKeys.Create(EdsKeyAlgorithm.Ecdsa, authority: false);
        var subject = NcaSubject.ForOrganisation(Bin.Parse(bin), "Astana Hub International Technology Park", "Astana Hub endorsements");
        using var certificate = National.Issue(EdsKeys.Request(subject, key), EdsPurpose.Signing, Now.AddDays(-10), EdsHolderType.LegalEntity);
        return EdsKeys.WithKey(certificate, key);
    }
}
