using Google.Protobuf;
using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;

namespace NomadPlatform.Infrastructure.Signatures;

/// <summary>
/// Identity confirms that a person signed exactly these bytes (detached CMS) with their own valid
/// signing key, recently; an agency never verifies a signature itself. A signature that fails answers
/// as an invalid <c>signature</c> field with Identity's reasons.
/// </summary>
public sealed class ApplicantSignatures(SignatureVerification.SignatureVerificationClient signatures)
{
    /// <summary>
    /// The signing time is the signer's claim: only a fresh one, so a back-dated signature cannot slip
    /// an expired or revoked key through.
    /// </summary>
    static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    public async Task<VerifyReply> VerifyAsync(byte[] content, byte[] signature, string iin, CancellationToken cancellationToken)
    {
        VerifyReply verification;
        try
        {
            verification = await AgencyCall.SendAsync("Identity", () => signatures.VerifyAsync(new VerifyRequest
            {
                Cms = ByteString.CopyFrom(signature),
                DetachedContent = ByteString.CopyFrom(content),
                Purpose = SignaturePurpose.Signing,
                ExpectedIin = iin,
                MaxAgeSeconds = (long)MaxAge.TotalSeconds,
            }, cancellationToken: cancellationToken).ResponseAsync);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            throw new InvalidField("signature", "signature.unreadable", $"The signature cannot be read: {exception.Status.Detail}");
        }
        if (!verification.Valid)
            throw new InvalidField("signature", "signature.invalid", $"The signature does not verify: {string.Join(" ", verification.Failures.Select(f => $"[{f.Check}] {f.Reason}"))}");
        return verification;
    }
}
