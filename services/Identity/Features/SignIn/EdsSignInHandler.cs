using System.Text;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Domain.SignIn;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Features.VerifySignature;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.SignIn;

/// <summary>
/// Signs a person in with their EDS: the challenge, signed (attached CMS) with an authentication
/// certificate that is valid and unrevoked now, of the CA this platform runs (checked against its
/// register) or of another configured authority such as NCA (checked against that authority's CRL by
/// the verifier). The challenge is spent only by a signature that passes every check, so nobody can
/// burn another person's challenge.
/// </summary>
public sealed class EdsSignInHandler(IdentityDbContext db, VerifySignatureHandler signatures, TimeProvider time)
{
    public const int MaxSignatureLength = 64 * 1024;

    public async Task<(SignedInHolder? Holder, SignInRefusal? Refusal)> HandleAsync(string? signature, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > MaxSignatureLength)
            return Refused("signin.no-signature", $"Send 'signature': the challenge signed with your EDS authentication key (attached CMS, base64).");
        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return Refused("signin.not-base64", $"'signature' is not base64.");
        }

        var result = await signatures.HandleAsync(cms, null, EdsPurpose.Authentication, expectedIin: null, SignInChallenge.Lifetime, cancellationToken);
        if (!result.Valid) return Refused("signin.signature-invalid", $"The signature does not verify: {string.Join(" ", result.Failures.Select(f => f.Reason))}");
        if (result.SignedContent is not { Length: > 0 and <= SignInChallenge.MaxLength } content)
            return Refused("signin.challenge-missing", $"The signature must carry the challenge it signs (attached CMS).");
        if (result.SignerIin is not { } iin || !Iin.TryParse(iin, out _, out _))
            return Refused("signin.no-iin", $"A person signs in: the certificate names no valid IIN (an organisation's system certificate cannot sign a person in).");
        if (result.SignerBin is not null && !result.EmployeeOfOrganisation)
            return Refused("signin.not-an-employee", $"The certificate names an organisation but not its holder as its employee.");

        var now = time.GetUtcNow();
        if (result.IssuedByPlatformCa)
        {
            var certificate = await db.IssuedCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == result.SignerSerialNumber, cancellationToken);
            if (certificate?.RevokedAt is { } revokedAt)
                return Refused("signin.certificate-revoked", $"The certificate was revoked on {revokedAt:O}.");
            if (certificate is null || now > certificate.NotAfter || now < certificate.NotBefore)
                return certificate is null
                    ? Refused("signin.certificate-unknown", $"The certificate is not in the national CA's register.")
                    : Refused("signin.certificate-not-valid-now", $"The certificate is not valid now (valid {certificate.NotBefore:O} to {certificate.NotAfter:O}).");
        }

        var value = Encoding.UTF8.GetString(content);
        var spent = await db.SignInChallenges
            .Where(c => c.Value == value && c.UsedAt == null && c.ExpiresAt > now && (c.ForIin == null || c.ForIin == iin))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), cancellationToken);
        if (spent == 0)
        {
            var known = await db.SignInChallenges.AsNoTracking().SingleOrDefaultAsync(c => c.Value == value, cancellationToken);
            return (null, new SignInRefusal(known is null
                ? new Reason("signin.challenge-unknown", $"The signed challenge was not issued by this sign-in service.")
                : known.RefusalAt(now) ?? known.RefusalFor(iin)!));
        }
        return (new SignedInHolder(iin, result.SignerBin, result.SignerName ?? iin, result.SignerSerialNumber!), null);
    }

    static (SignedInHolder?, SignInRefusal?) Refused(string code, FormattableString reason) => (null, new SignInRefusal(new Reason(code, reason)));
}
