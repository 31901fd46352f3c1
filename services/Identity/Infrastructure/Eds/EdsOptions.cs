using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Infrastructure.Eds;

public sealed class EdsOptions
{
    /// <summary>Protects the CA private keys at rest; required (the AppHost generates and keeps one).</summary>
    public string? CaKeyPassphrase { get; set; }

    public EdsKeyAlgorithm KeyAlgorithm { get; set; } = EdsKeyAlgorithm.Rsa;

    /// <summary>Where relying parties fetch the CRL; written into every certificate.</summary>
    public Uri CrlUrl { get; set; } = new("http://localhost:5101/pki/crl");

    /// <summary>Organisations that may enrol a system (seal) certificate, by BIN.</summary>
    public Dictionary<string, RegisteredOrganisation> Organisations { get; set; } = [];
}
