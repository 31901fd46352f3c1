using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Infrastructure.Eds;

public sealed class EdsOptions
{
    /// <summary>Protects the CA private keys at rest; required (the AppHost generates and keeps one).</summary>
    public string? CaKeyPassphrase { get; set; }

    public EdsKeyAlgorithm KeyAlgorithm { get; set; } = EdsKeyAlgorithm.Rsa;

    /// <summary>Authorities trusted besides this CA (NCA's roots), and how their revocation is learnt.</summary>
    public EdsTrustOptions Trust { get; set; } = new();

    /// <summary>Where relying parties fetch the CRL; written into every certificate.</summary>
    public Uri CrlUrl { get; set; } = new("http://localhost:5101/pki/crl");

    /// <summary>
    /// Where the first start leaves each organisation administrator's EDS authentication key (a PKCS#12
    /// file under <see cref="BootstrapKeyPassphrase"/>), so that someone can sign in to grant the rest.
    /// Unset: no keys are written, and administrators get their certificates from a CA officer.
    /// </summary>
    public string? BootstrapKeyDirectory { get; set; }

    public string? BootstrapKeyPassphrase { get; set; }

    /// <summary>Organisations that may enrol a system (seal) certificate and request their employees' certificates, by BIN.</summary>
    public Dictionary<string, RegisteredOrganisation> Organisations { get; set; } = [];
}
