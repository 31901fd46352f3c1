using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.IssueCertificate;

namespace NomadPlatform.Identity.Apis;

/// <summary>The fields every certificate request shares: the purpose, and either a CSR or a file key's password.</summary>
public static class CertificateRequestFields
{
    public static EdsPurpose Check(string? purposeText, string? csr, string? password, Dictionary<string, string[]> errors)
    {
        if (!Enum.TryParse<EdsPurpose>(purposeText, ignoreCase: true, out var purpose) || int.TryParse(purposeText, out _))
            errors["purpose"] = ["'Signing' or 'Authentication'."];
        if ((csr is null) == (password is null))
            errors["csr"] = ["Send either a PEM certificate request (csr) or a password for a PKCS#12 file key, not both."];
        else if (csr is { Length: > IssueCertificateHandler.MaxCsrLength })
            errors["csr"] = [$"At most {IssueCertificateHandler.MaxCsrLength} characters."];
        else if (password is not null && (password.Length < 8 || password.Length > 128))
            errors["password"] = ["8 to 128 characters."];
        return purpose;
    }
}
