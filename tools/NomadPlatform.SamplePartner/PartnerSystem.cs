using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Net.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NomadPlatform.Contracts.Grpc.Identity.V1;

namespace NomadPlatform.SamplePartner;

/// <summary>
/// The partner's information system as the national CA knows it: its own key (never leaves the partner)
/// and the certificate the CA issued for it; tokens for the feed by client credentials (private_key_jwt).
/// </summary>
public sealed class PartnerSystem(string bin, X509Certificate2 certificate) : IDisposable
{
    public string Bin { get; } = bin;
    public X509Certificate2 Certificate { get; } = certificate;

    /// <summary>Makes a key, has the CA certify it with the one-time enrolment code, and keeps both in a password-protected file.</summary>
    public static async Task<PartnerSystem> EnrolAsync(Uri identityGrpc, string bin, string enrolmentCode, string keyFile, string password, CancellationToken cancellationToken = default)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var csr = new CertificateRequest("CN=sample partner", key, HashAlgorithmName.SHA256).CreateSigningRequest();
        using var channel = GrpcChannel.ForAddress(identityGrpc);
        var reply = await new OrganisationCertificates.OrganisationCertificatesClient(channel).EnrolAsync(new EnrolRequest
        {
            Bin = bin,
            Csr = ByteString.CopyFrom(csr),
            EnrolmentCode = enrolmentCode,
            CommonName = "sample partner",
        }, cancellationToken: cancellationToken);
        using var issued = X509CertificateLoader.LoadCertificate(reply.Certificate.ToByteArray());
        var withKey = issued.CopyWithPrivateKey(key);
        await File.WriteAllBytesAsync(keyFile, withKey.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password), cancellationToken);
        return new PartnerSystem(bin, withKey);
    }

    public static PartnerSystem Open(string bin, string keyFile, string password) =>
        new(bin, X509CertificateLoader.LoadPkcs12FromFile(keyFile, password, X509KeyStorageFlags.EphemeralKeySet));

    /// <summary>A token for the feed: a short JWT signed with the system key proves the client (RFC 7523).</summary>
    public async Task<string> TokenAsync(HttpClient identity, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var clientId = $"system:{Bin}";
        using var key = Certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("The system key file holds no EC key.");
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "client-authentication+jwt",
            Issuer = clientId,
            Audience = identity.BaseAddress!.ToString(),
            Subject = new ClaimsIdentity([new Claim("sub", clientId), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(2).UtcDateTime,
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = Certificate.SerialNumber }, SecurityAlgorithms.EcdsaSha256)
            {
                CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
            },
        });
        using var response = await identity.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = "agency:feed",
        }), cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return response.IsSuccessStatusCode ? body.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"Identity refused a token ({(int)response.StatusCode}): {body}");
    }

    public void Dispose() => Certificate.Dispose();
}
