// An alias: the service's generated gRPC types would clash with this project's own clients.
extern alias IdentityService;

using IdentityService::NomadPlatform.Identity.Domain.Eds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using NomadPlatform.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// A whole platform whose CA issues GOST 2015 keys (512-bit, <c>Eds:KeyAlgorithm</c>), so every key the
/// harness gets from Identity, applicants' and officers' alike, is GOST; and which trusts an independent
/// national CA made here (GOST 2015 256-bit, its CRL served over HTTP by this host), as a deployment
/// trusts NCA's published roots.
/// </summary>
public sealed class NationalCaPlatform() : PlatformFixture(withDashboard: false)
{
    WebApplication? _crlServer;

    /// <summary>The independent authority: its own names, keys and CRL, known to Identity only through configuration.</summary>
    public CertificateAuthority Nca { get; private set; } = null!;

    protected override async Task<IReadOnlyList<(string Service, string Name, string Value)>> ServiceSettingsAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _crlServer = builder.Build();
        _crlServer.MapGet("/nca_gost.crl", () => Results.Bytes(Nca.BuildCrl([], Now.ToUnixTimeSeconds(), Now, Now.AddDays(1)), "application/pkix-crl"));
        await _crlServer.StartAsync();
        Nca = CertificateAuthority.Create(EdsKeyAlgorithm.Gost2015_256, Start.AddYears(-1), new Uri($"{_crlServer.Urls.First()}/nca_gost.crl"), "NCA RK Test");

        var root = Path.Combine(DataDirectory, "nca-root.cer");
        var issuing = Path.Combine(DataDirectory, "nca-issuing.pem");
        await File.WriteAllBytesAsync(root, Nca.Root.RawData);
        await File.WriteAllTextAsync(issuing, Nca.Issuing.ExportCertificatePem());
        return
        [
            ("identity", "Eds:KeyAlgorithm", nameof(EdsKeyAlgorithm.Gost2015_512)),
            ("identity", "Eds:Trust:Anchors:0", root),
            ("identity", "Eds:Trust:Intermediates:0", issuing),
        ];
    }

    /// <summary>A key NCA issued to the holder of <paramref name="iin"/>, for <paramref name="purpose"/> (Signing or Authentication).</summary>
    public EdsKeyFile IssueNcaKey(string iin, string purpose)
    {
        var key = EdsKeys.Create(EdsKeyAlgorithm.Gost2015_256, authority: false);
        var subject = NcaSubject.ForIndividual(Iin.Parse(iin), "Seitkali", "Aidos");
        return new EdsKeyFile(Nca.Issue(key.Request(subject), Enum.Parse<EdsPurpose>(purpose), Now), key);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_crlServer is not null) await _crlServer.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class NationalCaCollection : ICollectionFixture<NationalCaPlatform>
{
    public const string Name = "national-ca";
}
