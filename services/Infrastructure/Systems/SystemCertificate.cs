using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>
/// This agency's system certificate and key, with which it proves to the other agencies who it is.
/// The key is made here and never leaves the service (the CA sees a CSR); it is kept encrypted in the
/// agency's own database. The first certificate is enrolled with the one-time code from the CA; each
/// later one is asked for by the system itself, signed in with the current one, before that expires.
/// Once the CA has revoked it the service stops using it and waits for a new enrolment code.
/// </summary>
public sealed partial class SystemCertificate(
    IServiceProvider services,
    Func<IServiceProvider, ServiceDbContext> database,
    IOptions<SystemOptions> options,
    IOptions<AgencyOptions> agency,
    SystemName name,
    TimeProvider time,
    ILogger<SystemCertificate> logger)
{
    readonly SemaphoreSlim _gate = new(1, 1);
    X509Certificate2? _current;

    /// <summary>Why the service has no usable certificate (null while it has one).</summary>
    public string? Problem { get; private set; }

    /// <summary>Only a new one-time code from the CA can give this system a certificate again (revoked, expired, or its code refused).</summary>
    public bool AwaitsEnrolmentCode { get; private set; }

    public string Bin => agency.Value.Bin;

    string CommonName => options.Value.CommonName ?? name.Service;

    /// <summary>The certificate (with its key) to prove this system with now; owned here: do not dispose.</summary>
    public async Task<X509Certificate2> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && Valid(current)) return current;
        if (AwaitsEnrolmentCode) throw new SystemNotEnrolled(Problem!);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && Valid(again)) return again;
            if (AwaitsEnrolmentCode) throw new SystemNotEnrolled(Problem!);
            await using var scope = services.CreateAsyncScope();
            var db = database(scope.ServiceProvider);
            var now = time.GetUtcNow();
            var stored = await db.Set<SystemCredential>().AsNoTracking()
                .Where(c => c.RevokedAt == null).OrderByDescending(c => c.NotAfter).FirstOrDefaultAsync(cancellationToken);
            if (stored is not null && stored.NotAfter > now) _current = Open(stored);
            // The configured code enrolled the first certificate and is void now.
            else if (await db.Set<SystemCredential>().AnyAsync(cancellationToken))
                throw Awaiting("This system's certificates have all been revoked or have expired; the agency's administrator must enrol again with a new code from the CA.");
            else _current = await EnrolOrFindTwinsAsync(cancellationToken);
            Problem = null;
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Enrols with the configured code. Twin instances starting at once take turns (the code is good for one
    /// enrolment): the second finds the first one's certificate in the database they share.
    /// </summary>
    async Task<X509Certificate2> EnrolOrFindTwinsAsync(CancellationToken cancellationToken)
    {
        X509Certificate2? certificate = null;
        await SingleInstanceWork.AloneAsync(services, "first-start:system-certificate", async _ =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = database(scope.ServiceProvider);
            var twins = await db.Set<SystemCredential>().AsNoTracking()
                .Where(c => c.RevokedAt == null).OrderByDescending(c => c.NotAfter).FirstOrDefaultAsync(cancellationToken);
            certificate = twins is not null && twins.NotAfter > time.GetUtcNow() ? Open(twins)
                : await EnrolAsync(db, options.Value.EnrolmentCode, cancellationToken);
        }, cancellationToken);
        return certificate!;
    }

    /// <summary>Enrols with a new one-time code from the CA (after a revocation, or a lost database).</summary>
    public async Task<X509Certificate2> EnrolAsync(string enrolmentCode, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                _current = await EnrolAsync(database(scope.ServiceProvider), enrolmentCode, cancellationToken);
            }
            catch (SystemNotEnrolled) when (_current is not null && Valid(_current))
            {
                // A refused extra enrolment leaves the certificate in use as it was.
                (Problem, AwaitsEnrolmentCode) = (null, false);
                throw;
            }
            Problem = null;
            AwaitsEnrolmentCode = false;
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new certificate, asked for with the current one, when that is due for renewal.</summary>
    public async Task RenewIfDueAsync(CancellationToken cancellationToken)
    {
        var current = await GetAsync(cancellationToken);
        if (Expires(current) - options.Value.RenewBefore > time.GetUtcNow()) return;
        if (await TakeTwinsRenewalAsync(cancellationToken)) return;
        await RenewAsync(cancellationToken);
    }

    /// <summary>A twin instance that renewed first stored a certificate not yet due: it is taken, not a third asked for.</summary>
    async Task<bool> TakeTwinsRenewalAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var newest = await database(scope.ServiceProvider).Set<SystemCredential>().AsNoTracking()
                .Where(c => c.RevokedAt == null).OrderByDescending(c => c.NotAfter).FirstOrDefaultAsync(cancellationToken);
            if (newest is null || newest.NotAfter - options.Value.RenewBefore <= time.GetUtcNow()) return false;
            if (_current?.SerialNumber != newest.SerialNumber) _current = Open(newest);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new certificate now, asked for with the current one (which stays valid until it expires).</summary>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        var current = await GetAsync(cancellationToken);
        var (key, csr) = NewKey();
        using var _ = key;
        var certificates = services.GetRequiredService<OrganisationCertificates.OrganisationCertificatesClient>();
        var reply = await AgencyCall.SendAsync("Identity", () => certificates.IssueAsync(new IssueRequest
        {
            Csr = ByteString.CopyFrom(csr),
            CommonName = CommonName,
            Use = CertificateUse.System,
        }, cancellationToken: cancellationToken).ResponseAsync);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            _current = await StoreAsync(database(scope.ServiceProvider), reply, key, cancellationToken);
            LogRenewed(logger, _current.SerialNumber, current.SerialNumber);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The CA revoked <paramref name="serialNumber"/>: it is never used again.</summary>
    public async Task RevokedAsync(string serialNumber, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = database(scope.ServiceProvider);
            var credential = await db.Set<SystemCredential>().FindAsync([serialNumber], cancellationToken);
            credential?.MarkRevoked(revokedAt);
            await db.SaveChangesAsync(cancellationToken);
            // The reason is set before the certificate is dropped, so a health check never finds both missing.
            if (_current is null || _current.SerialNumber == serialNumber)
            {
                Problem = $"The national CA revoked this system's certificate {serialNumber} on {revokedAt:O}; the agency's administrator must enrol again with a new code from the CA.";
                AwaitsEnrolmentCode = true;
                _current = null;
            }
            LogRevoked(logger, serialNumber, revokedAt);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The certificate in use now, without enrolling (null when there is none).</summary>
    public X509Certificate2? Current => _current;

    bool Valid(X509Certificate2 certificate) => Expires(certificate) > time.GetUtcNow();

    static DateTimeOffset Expires(X509Certificate2 certificate) => new(certificate.NotAfter.ToUniversalTime());

    async Task<X509Certificate2> EnrolAsync(ServiceDbContext db, string code, CancellationToken cancellationToken)
    {
        if (!Bin.All(char.IsAsciiDigit) || Bin.Length != 12)
            throw Unenrolled("Agency:Bin (this agency's BIN) is not set.");
        if (code.Length == 0)
            throw Unenrolled("No enrolment code: this system has no certificate and no System:EnrolmentCode to enrol one with.");
        var (key, csr) = NewKey();
        using var _ = key;
        var certificates = services.GetRequiredService<OrganisationCertificates.OrganisationCertificatesClient>();
        EnrolReply reply;
        try
        {
            reply = await AgencyCall.SendAsync("Identity", () => certificates.EnrolAsync(new EnrolRequest
            {
                Bin = Bin,
                Csr = ByteString.CopyFrom(csr),
                EnrolmentCode = code,
                CommonName = CommonName,
            }, cancellationToken: cancellationToken).ResponseAsync);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.PermissionDenied or StatusCode.InvalidArgument)
        {
            throw Awaiting($"The national CA refused this system's enrolment: {exception.Status.Detail}");
        }
        var certificate = await StoreAsync(db, reply, key, cancellationToken);
        LogEnrolled(logger, certificate.SerialNumber, Bin);
        return certificate;
    }

    SystemNotEnrolled Unenrolled(string reason)
    {
        Problem = reason;
        return new SystemNotEnrolled(reason);
    }

    SystemNotEnrolled Awaiting(string reason)
    {
        AwaitsEnrolmentCode = true;
        return Unenrolled(reason);
    }

    async Task<X509Certificate2> StoreAsync(ServiceDbContext db, EnrolReply reply, ECDsa key, CancellationToken cancellationToken)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(reply.Certificate.ToByteArray());
        db.Set<SystemCredential>().Add(SystemCredential.Of(certificate.SerialNumber, certificate.RawData,
            KeyAtRest.Protect(key, options.Value.KeyPassphrase), Expires(certificate), time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return certificate.CopyWithPrivateKey(key);
    }

    X509Certificate2 Open(SystemCredential stored) => KeyAtRest.Open(stored.Certificate, stored.EncryptedKey, options.Value.KeyPassphrase);

    (ECDsa Key, byte[] Csr) NewKey()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key, new CertificateRequest($"CN={CommonName}", key, HashAlgorithmName.SHA256).CreateSigningRequest());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Enrolled system certificate {SerialNumber} for BIN {Bin} with the national CA")]
    static partial void LogEnrolled(ILogger logger, string serialNumber, string bin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewed the system certificate: {SerialNumber} replaces {Previous}")]
    static partial void LogRenewed(ILogger logger, string serialNumber, string previous);

    [LoggerMessage(Level = LogLevel.Error, Message = "The national CA revoked this system's certificate {SerialNumber} on {RevokedAt}: it is no longer used; enrol again with a new code")]
    static partial void LogRevoked(ILogger logger, string serialNumber, DateTimeOffset revokedAt);
}

/// <summary>The agency's system has no usable certificate: it cannot prove who it is to another agency.</summary>
public sealed class SystemNotEnrolled(string reason) : Exception(reason);

/// <summary>The name of the service this process runs (e.g. <c>approval</c>): its CN and the audience of tokens for it.</summary>
public sealed record SystemName(string Service);
