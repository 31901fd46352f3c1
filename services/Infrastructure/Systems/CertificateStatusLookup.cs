using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>A certificate's status as the CA answers it now (as OCSP would): null for a serial number it does not know.</summary>
public static class CertificateStatusLookup
{
    public sealed record CertificateStatus(string SerialNumber, string Status, DateTimeOffset? RevokedAt)
    {
        public bool Revoked => Status == "Revoked";
    }

    public static async Task<CertificateStatus?> GetAsync(IHttpClientFactory http, IConfiguration configuration, string serialNumber,
        CancellationToken cancellationToken)
    {
        var authority = configuration["Identity:Authority"]?.TrimEnd('/') ?? throw new InvalidOperationException("Identity:Authority is not set.");
        using var client = http.CreateClient(SystemCertificateWatch.HttpClientName);
        using var response = await client.GetAsync($"{authority}/pki/certificates/{serialNumber}/status", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<CertificateStatus>(cancellationToken);
    }
}
