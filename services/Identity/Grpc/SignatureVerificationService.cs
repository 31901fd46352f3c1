using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.VerifySignature;
using NomadPlatform.Infrastructure.Domain;
using Check = NomadPlatform.Identity.Domain.Eds.VerificationCheck;
using WireCheck = NomadPlatform.Contracts.Grpc.Identity.V1.VerificationCheck;

namespace NomadPlatform.Identity.Grpc;

public sealed class SignatureVerificationService(VerifySignatureHandler handler) : SignatureVerification.SignatureVerificationBase
{
    public override async Task<VerifyReply> Verify(VerifyRequest request, ServerCallContext context)
    {
        var purpose = request.Purpose switch
        {
            SignaturePurpose.Signing => EdsPurpose.Signing,
            SignaturePurpose.Authentication => EdsPurpose.Authentication,
            _ => throw Invalid("purpose: say SIGNING or AUTHENTICATION."),
        };
        if (request.Cms.IsEmpty) throw Invalid("cms: the signature is empty.");
        if (request.Cms.Length > SignatureVerifier.MaxCmsBytes) throw Invalid($"cms: {request.Cms.Length} bytes; at most {SignatureVerifier.MaxCmsBytes}.");
        if (request.DetachedContent.Length > SignatureVerifier.MaxContentBytes) throw Invalid($"detached_content: {request.DetachedContent.Length} bytes; at most {SignatureVerifier.MaxContentBytes}.");
        var expectedIin = request.ExpectedIin.Length == 0 ? null : request.ExpectedIin;
        if (expectedIin is not null && !Iin.TryParse(expectedIin, out _, out var reason)) throw Invalid($"expected_iin: {reason}");
        var expectedBin = request.ExpectedBin.Length == 0 ? null : request.ExpectedBin;
        if (expectedBin is not null && !Bin.TryParse(expectedBin, out _, out var binReason)) throw Invalid($"expected_bin: {binReason}");
        if (expectedIin is not null && expectedBin is not null) throw Invalid("expected_iin and expected_bin: name one signer, a person or an organisation.");
        if (request.MaxAgeSeconds < 0) throw Invalid("max_age_seconds: 0 (no limit) or more.");
        TimeSpan? maxAge = request.MaxAgeSeconds == 0 ? null : TimeSpan.FromSeconds(request.MaxAgeSeconds);

        var result = await handler.HandleAsync(request.Cms.ToByteArray(), request.DetachedContent.IsEmpty ? null : request.DetachedContent.ToByteArray(),
            purpose, expectedIin, maxAge, context.CancellationToken, expectedBin);
        if (result.Failures.FirstOrDefault(f => f.Check == Check.Format) is { } unreadable)
            throw Invalid($"cms: {unreadable.Reason}");
        if (result.Failures.FirstOrDefault(f => f.Check == Check.Algorithm) is { } refused)
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"cms: {refused.Reason}"));
        var reply = new VerifyReply
        {
            Valid = result.Valid,
            SignerIin = result.SignerIin ?? "",
            SignerSerialNumber = result.SignerSerialNumber ?? "",
            SignedAt = result.SignedAt?.ToString("O") ?? "",
            SignerBin = result.SignerBin ?? "",
            SignerOrganisation = result.SignerOrganisation ?? "",
        };
        reply.Failures.AddRange(result.Failures.Select(f => new NomadPlatform.Contracts.Grpc.Identity.V1.VerificationFailure { Check = ToWire(f.Check), Reason = f.Reason }));
        return reply;
    }

    static WireCheck ToWire(Check check) => check switch
    {
        Check.Format => WireCheck.Format,
        Check.Signature => WireCheck.Signature,
        Check.Chain => WireCheck.Chain,
        Check.Validity => WireCheck.Validity,
        Check.Revocation => WireCheck.Revocation,
        Check.RevocationUnknown => WireCheck.RevocationUnknown,
        Check.Purpose => WireCheck.Purpose,
        _ => WireCheck.Holder,
    };

    static RpcException Invalid(string reason) => new(new Status(StatusCode.InvalidArgument, reason));
}
