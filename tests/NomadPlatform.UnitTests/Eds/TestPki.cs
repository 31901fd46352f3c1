using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Eds;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Eds;

/// <summary>A real national CA (RSA), its GOST 2015 twins, and a second, foreign one; created once for the test class.</summary>
public sealed class TestPki
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    public const string ApplicantIin = "791028302728";

    public CertificateAuthority National { get; } = CertificateAuthority.Create(EdsKeyAlgorithm.Rsa, Now.AddYears(-3), new Uri("http://identity/pki/crl"));
    public CertificateAuthority Gost256 { get; } = CertificateAuthority.Create(EdsKeyAlgorithm.Gost2015_256, Now.AddYears(-3), new Uri("http://identity/pki/crl"));
    public CertificateAuthority Gost512 { get; } = CertificateAuthority.Create(EdsKeyAlgorithm.Gost2015_512, Now.AddYears(-3), new Uri("http://identity/pki/crl"));
    public CertificateAuthority Foreign { get; } = CertificateAuthority.Create(EdsKeyAlgorithm.Ecdsa, Now.AddYears(-3), new Uri("http://elsewhere/crl"));

    public X509Certificate2 IssueKey(EdsPurpose purpose, string iin = ApplicantIin, CertificateAuthority? by = null, DateTimeOffset? at = null, EdsKeyAlgorithm algorithm = EdsKeyAlgorithm.Rsa)
    {
        using var file = IssueFileKey(by ?? National, algorithm, purpose, iin, at);
        return file.Key.AttachTo(file.Certificate);
    }

    /// <summary>A holder's key of any algorithm (GOST included) with its certificate, as a file key opens.</summary>
    public static EdsKeyFile IssueFileKey(CertificateAuthority by, EdsKeyAlgorithm algorithm, EdsPurpose purpose = EdsPurpose.Signing, string iin = ApplicantIin, DateTimeOffset? at = null)
    {
        var key = EdsKeys.Create(algorithm, authority: false);
        var subject = Iin.TryParse(iin, out var valid, out _)
            ? NcaSubject.ForIndividual(valid, "Nomad", "Dana")
            : new X500DistinguishedName($"CN=TEST, SERIALNUMBER=IIN{iin}, C=KZ");
        return new EdsKeyFile(by.Issue(key.Request(subject), purpose, at ?? Now.AddDays(-10)), key);
    }

    public const string HubBin = "180540000012";

    /// <summary>An organisation's seal: a legal-entity signing certificate naming O= and OU=BIN….</summary>
    public X509Certificate2 IssueSeal(string bin = HubBin)
    {
        using var key = EdsKeys.Create(EdsKeyAlgorithm.Ecdsa, authority: false);
        var subject = NcaSubject.ForOrganisation(Bin.Parse(bin), "Astana Hub International Technology Park", "Astana Hub endorsements");
        using var certificate = National.Issue(key.Request(subject), EdsPurpose.Signing, Now.AddDays(-10), EdsHolderType.LegalEntity);
        return key.AttachTo(certificate);
    }
}
