using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Options;
using NomadPlatform.Contracts.Grpc.HubIntake.V1;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;

namespace NomadPlatform.Approval.Infrastructure.Endorsements;

/// <summary>
/// Trusts an endorsement only when Identity verifies Astana Hub's seal on it and the signed document
/// says what the event says; and, at filing, when the Hub confirms its number. An agency that does not
/// answer makes the caller retry; a bad endorsement is a rule violation with the reason.
/// </summary>
public sealed class EndorsementVerifier(
    SignatureVerification.SignatureVerificationClient signatures,
    EndorsementRegistry.EndorsementRegistryClient registry,
    IOptions<EndorsementTrustOptions> trust)
{
    public async Task VerifyAsync(EndorsementIssued endorsement, CancellationToken cancellationToken)
    {
        var number = endorsement.EndorsementNumber;
        if (endorsement.SignedEndorsement.Length == 0)
            throw new CaseRuleViolation("approval.endorsement-unsigned", $"Endorsement {number} arrived without its signed document (contract v1.0); it cannot be trusted.");
        VerifyReply reply;
        try
        {
            reply = await AgencyCall.SendAsync("Identity", () => signatures.VerifyAsync(new VerifyRequest
            {
                Cms = ByteString.CopyFrom(endorsement.SignedEndorsement),
                Purpose = SignaturePurpose.Signing,
                ExpectedBin = trust.Value.HubBin,
            }, cancellationToken: cancellationToken).ResponseAsync);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            throw new CaseRuleViolation("approval.endorsement-unreadable", $"Endorsement {number} is not a readable signature: {exception.Status.Detail}");
        }
        if (!reply.Valid)
            throw new CaseRuleViolation("approval.endorsement-invalid", $"Endorsement {number} fails verification: {string.Join(" ", reply.Failures.Select(f => $"[{f.Check}] {f.Reason}"))}");

        var document = SignedDocument(endorsement.SignedEndorsement);
        if (Text(document, "number") != number || Text(document, "caseId") != endorsement.CaseId.ToString() || Text(document, "iin") != endorsement.Iin)
            throw new CaseRuleViolation("approval.endorsement-mismatch", $"Endorsement {number}: the signed document does not match the event (number, case or IIN differ).");
    }

    /// <summary>The Hub confirms the number was issued for this case.</summary>
    public async Task ConfirmAsync(string number, Guid caseId, CancellationToken cancellationToken)
    {
        var reply = await AgencyCall.SendAsync("Astana Hub", () => registry.GetEndorsementAsync(
            new GetEndorsementRequest { Number = number }, cancellationToken: cancellationToken).ResponseAsync);
        if (!reply.Exists || reply.CaseId != caseId.ToString())
            throw new CaseRuleViolation("approval.endorsement-unconfirmed", $"Astana Hub does not confirm endorsement {number} for case {caseId}.");
    }

    static JsonElement SignedDocument(byte[] cms)
    {
        try
        {
            var signed = new SignedCms();
            signed.Decode(cms);
            return JsonDocument.Parse(signed.ContentInfo.Content).RootElement;
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException)
        {
            throw new CaseRuleViolation("approval.endorsement-not-json", $"The endorsement's signed content is not a JSON document: {exception.Message}");
        }
    }

    static string? Text(JsonElement document, string property) =>
        document.ValueKind == JsonValueKind.Object && document.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
