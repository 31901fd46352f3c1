using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>The CAs signatures are verified against: Identity's own, and those configured under <c>Eds:Trust</c>.</summary>
public sealed class TrustedAuthorities(CertificateAuthorityStore authorities, IOptions<EdsOptions> options)
{
    CertificateTrust? _trust;

    public async Task<CertificateTrust> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_trust is not null) return _trust;
        var own = await authorities.GetAsync(cancellationToken);
        var configured = options.Value.Trust;
        return _trust = new CertificateTrust(
            [own.Root, .. configured.Anchors.Select(Load)],
            [own.Issuing, .. configured.Intermediates.Select(Load)]) { OwnRoot = own.Root };
    }

    /// <summary>A configured certificate: a file (DER or PEM), or PEM text.</summary>
    public static X509Certificate2 Load(string entry)
    {
        try
        {
            var text = entry.Contains("-----BEGIN", StringComparison.Ordinal) ? entry : null;
            if (text is null && File.Exists(entry))
            {
                var bytes = File.ReadAllBytes(entry);
                return bytes.AsSpan().IndexOf("-----BEGIN"u8) >= 0
                    ? X509Certificate2.CreateFromPem(System.Text.Encoding.ASCII.GetString(bytes))
                    : X509CertificateLoader.LoadCertificate(bytes);
            }
            return text is not null
                ? X509Certificate2.CreateFromPem(text)
                : throw new InvalidOperationException($"Eds:Trust: '{entry}' is neither a certificate file nor PEM text.");
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException($"Eds:Trust: '{Shorten(entry)}' is not a certificate: {exception.Message}", exception);
        }
    }

    static string Shorten(string entry) => entry.Length > 80 ? entry[..80] + "…" : entry;
}
