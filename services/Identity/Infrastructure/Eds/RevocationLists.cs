using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>
/// Revocation for certificates of other authorities (NCA's): the CRL at the certificate's distribution
/// points, fetched once and kept until its nextUpdate. Only certificates whose path already reached a
/// trusted anchor get here, so only URLs a trusted CA wrote are ever fetched.
/// </summary>
public sealed class RevocationLists(IHttpClientFactory http, IOptions<EdsOptions> options, TimeProvider time, ILogger<RevocationLists> log)
{
    public const string HttpClientName = "crl";

    sealed record Held(RevocationList List, DateTimeOffset RefreshAt);

    readonly ConcurrentDictionary<string, Held> _lists = new();
    readonly ConcurrentDictionary<string, SemaphoreSlim> _fetching = new();

    public async Task<RevocationStatus> StatusAsync(X509Certificate2 certificate, X509Certificate2 issuer, CancellationToken cancellationToken)
    {
        var points = DistributionPoints(certificate);
        if (points.Count == 0)
            return certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(c => c.CertificateAuthority)
                ? new RevocationStatus.NotPublished()
                : new RevocationStatus.Unknown("the certificate names no CRL distribution point (http or https).");
        var problems = new List<string>();
        foreach (var url in points)
        {
            try
            {
                var list = await ListAsync(url, issuer, cancellationToken);
                return list.Find(certificate) is { } revoked ? new RevocationStatus.Revoked(revoked) : RevocationStatus.Good;
            }
            catch (Exception exception) when (exception is HttpRequestException or FormatException or TaskCanceledException or IOException)
            {
                problems.Add($"{url}: {exception.Message}");
            }
        }
        return new RevocationStatus.Unknown(string.Join("; ", problems));
    }

    async Task<RevocationList> ListAsync(string url, X509Certificate2 issuer, CancellationToken cancellationToken)
    {
        var key = $"{url}|{issuer.Thumbprint}";
        if (_lists.TryGetValue(key, out var held) && time.GetUtcNow() < held.RefreshAt) return held.List;
        var gate = _fetching.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_lists.TryGetValue(key, out held) && time.GetUtcNow() < held.RefreshAt) return held.List;
            var list = RevocationList.Read(await FetchAsync(url, cancellationToken), issuer);
            var now = time.GetUtcNow();
            if (list.NextUpdate is { } next && next <= now)
                throw new FormatException($"the CRL's nextUpdate {next:O} has passed: it is stale.");
            _lists[key] = new Held(list, list.NextUpdate ?? now + options.Value.Trust.CrlRefreshWithoutNextUpdate);
            log.LogInformation("CRL {Url} of {Issuer}: {Count} revoked, next update {NextUpdate:O}", url, issuer.Subject, list.Count, list.NextUpdate);
            return list;
        }
        finally
        {
            gate.Release();
        }
    }

    async Task<byte[]> FetchAsync(string url, CancellationToken cancellationToken)
    {
        var trust = options.Value.Trust;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(trust.CrlFetchTimeout);
        using var response = await http.CreateClient(HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"answered {(int)response.StatusCode}.");
        if (response.Content.Headers.ContentLength > trust.MaxCrlBytes) throw new FormatException($"the CRL is larger than {trust.MaxCrlBytes} bytes.");
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        for (int read; (read = await body.ReadAsync(buffer, timeout.Token)) > 0;)
        {
            if (copy.Length + read > trust.MaxCrlBytes) throw new FormatException($"the CRL is larger than {trust.MaxCrlBytes} bytes.");
            copy.Write(buffer, 0, read);
        }
        var bytes = copy.ToArray();
        // Some CAs publish CRLs PEM-armoured.
        return bytes.AsSpan().IndexOf("-----BEGIN X509 CRL-----"u8) >= 0 && PemEncoding.TryFind(System.Text.Encoding.ASCII.GetString(bytes), out var pem)
            ? Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(bytes)[pem.Base64Data])
            : bytes;
    }

    static List<string> DistributionPoints(X509Certificate2 certificate)
    {
        var extension = certificate.Extensions["2.5.29.31"];
        if (extension is null) return [];
        try
        {
            return CrlDistPoint.GetInstance(Asn1Object.FromByteArray(extension.RawData)).GetDistributionPoints()
                .Where(p => p.DistributionPointName?.Type == DistributionPointName.FullName)
                .SelectMany(p => GeneralNames.GetInstance(p.DistributionPointName.Name).GetNames())
                .Where(n => n.TagNo == GeneralName.UniformResourceIdentifier)
                .Select(n => DerIA5String.GetInstance(n.Name).GetString())
                .Where(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                .ToList();
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or InvalidCastException)
        {
            return [];
        }
    }
}
