using System.Numerics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;

namespace NomadPlatform.Identity.Apis;

/// <summary>What relying parties download: the CA certificates and the signed revocation list.</summary>
public static class PkiApi
{
    static readonly TimeSpan CrlLifetime = TimeSpan.FromHours(24);

    public static IEndpointRouteBuilder MapPkiApi(this IEndpointRouteBuilder app)
    {
        var pki = app.MapGroup("/pki").WithTags("PKI").AllowAnonymous();
        pki.MapGet("/root.crt", async (CertificateAuthorityStore store, CancellationToken ct) =>
            TypedResults.File((await store.GetAsync(ct)).Root.RawData, "application/pkix-cert", "nomad-root.crt"));
        pki.MapGet("/issuing.crt", async (CertificateAuthorityStore store, CancellationToken ct) =>
            TypedResults.File((await store.GetAsync(ct)).Issuing.RawData, "application/pkix-cert", "nomad-issuing.crt"));
        pki.MapGet("/crl", GetCrlAsync);
        pki.MapGet("/certificates/{serialNumber}/status", GetStatusAsync);
        return app;
    }

    public sealed record CertificateStatus(string SerialNumber, string Status, DateTimeOffset? RevokedAt);

    /// <summary>A certificate's status now, as OCSP would answer it: only for a serial number the asker already holds.</summary>
    static async Task<Results<Ok<CertificateStatus>, NotFound>> GetStatusAsync(string serialNumber, IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var certificate = await db.IssuedCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serialNumber.ToUpperInvariant(), cancellationToken);
        return certificate is null ? TypedResults.NotFound()
            : TypedResults.Ok(new CertificateStatus(certificate.SerialNumber, certificate.StatusAt(time.GetUtcNow()), certificate.RevokedAt));
    }

    static async Task<FileContentHttpResult> GetCrlAsync(IdentityDbContext db, CertificateAuthorityStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var authority = await store.GetAsync(cancellationToken);
        var revoked = await db.IssuedCertificates.AsNoTracking().Where(c => c.RevokedAt != null).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        // A CRL number that only grows: the issue time in seconds.
        var crl = authority.BuildCrl(revoked.Select(c => c.AsRevoked()!), new BigInteger(now.ToUnixTimeSeconds()), now, now + CrlLifetime);
        return TypedResults.File(crl, "application/pkix-crl", "nomad.crl");
    }
}
