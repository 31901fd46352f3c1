using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Systems;

namespace NomadPlatform.PlatformHarness;

/// <summary>
/// A system of an agency, enrolled as a real one is: a CA officer issues the agency a one-time code,
/// the system enrols a certificate for its own key with it, then asks Identity for tokens with
/// client credentials (private_key_jwt). The tests call the agencies' gRPC methods as it.
/// </summary>
public sealed class AgencySystem : IDisposable
{
    readonly LocalPlatform _platform;
    readonly ECDsa _key;

    AgencySystem(LocalPlatform platform, string bin, ECDsa key, X509Certificate2 certificate)
    {
        _platform = platform;
        Bin = bin;
        _key = key;
        Certificate = certificate;
    }

    public string Bin { get; }
    public X509Certificate2 Certificate { get; }

    /// <summary>Enrols a new system for the agency that runs <paramref name="service"/> (or for <paramref name="bin"/>).</summary>
    public static async Task<AgencySystem> EnrolAsync(LocalPlatform platform, string service, string? bin = null)
    {
        bin ??= PlatformStaff.AgencyOf(service).Bin;
        var code = await NewEnrolmentCodeAsync(platform, bin);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var csr = new CertificateRequest("CN=platform test system", key, HashAlgorithmName.SHA256).CreateSigningRequest();
        using var channel = platform.Channel("identity");
        var reply = await new OrganisationCertificates.OrganisationCertificatesClient(channel).EnrolAsync(new EnrolRequest
        {
            Bin = bin,
            Csr = ByteString.CopyFrom(csr),
            EnrolmentCode = code,
            CommonName = "platform test system",
        });
        return new AgencySystem(platform, bin, key, X509CertificateLoader.LoadCertificate(reply.Certificate.ToByteArray()));
    }

    /// <summary>A one-time enrolment code for <paramref name="bin"/>, from a CA officer.</summary>
    public static async Task<string> NewEnrolmentCodeAsync(LocalPlatform platform, string bin)
    {
        var officer = await platform.Staff.OfficerAsync("identity", "CaOfficer");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/organisations/{bin}/enrolment-codes");
        await officer.AuthorizeAsync(request);
        using var identity = platform.Client("identity");
        using var response = await identity.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"An enrolment code answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enrolmentCode").GetString()!;
    }

    /// <summary>The headers of a call to <paramref name="service"/>: this system's token for it.</summary>
    public async Task<Metadata> HeadersForAsync(string service) => new() { { "Authorization", $"Bearer {await TokenForAsync(service)}" } };

    public async Task<string> TokenForAsync(string service)
    {
        var authority = _platform.App.GetEndpoint("identity", "http").ToString().TrimEnd('/');
        using var identity = _platform.Client("identity");
        using var response = await identity.PostAsync("/connect/token",
            ClientAssertion.TokenRequest(Bin, authority, _key, Certificate.SerialNumber, _platform.Now, service));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Identity refused the system a token ({(int)response.StatusCode}): {body}", null, response.StatusCode);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public void Dispose()
    {
        _key.Dispose();
        Certificate.Dispose();
    }
}
