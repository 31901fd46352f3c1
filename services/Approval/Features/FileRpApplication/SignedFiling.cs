using System.Text.Json;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Infrastructure.Http;

namespace NomadPlatform.Approval.Features.FileRpApplication;

/// <summary>A filing as it arrived, its document read and checked field by field (errors keyed <c>application.*</c>).</summary>
public sealed record SignedFiling(Guid CaseId, string Iin, string EndorsementNumber, RpApplicationForm Form, DutyPaymentRequest Payment, byte[] DocumentBytes, byte[] Signature)
{
    const int MaxDocumentBytes = 16 * 1024;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SignedFiling? TryRead(FileRpApplicationRequest request, Guid caseId, Dictionary<string, string[]> errors)
    {
        var bytes = Base64Field.Read(request.Application, "application", MaxDocumentBytes, errors);
        var signature = Base64Field.Read(request.Signature, "signature", 1024 * 1024, errors);
        if (bytes is null || signature is null) return null;
        FilingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<FilingDocument>(bytes, Json);
        }
        catch (JsonException exception)
        {
            errors["application"] = [$"Not the filing document's JSON: {exception.Message}"];
            return null;
        }
        if (document is null) { errors["application"] = ["The filing document is required."]; return null; }

        if (document.CaseId != caseId) errors["application.caseId"] = [$"The case this filing is for: {caseId}."];
        if (document.Iin is not { Length: 12 }) errors["application.iin"] = ["The applicant's IIN."];
        if (document.EndorsementNumber is not { Length: > 0 and <= 32 }) errors["application.endorsementNumber"] = ["The number of Astana Hub's endorsement, e.g. AH-2026-000042."];
        if (document.Email is not { Length: > 3 and <= 254 } email || !email.Contains('@')) errors["application.email"] = ["An e-mail address."];
        if (document.Phone is not { Length: >= 7 and <= 20 } phone || !phone.TrimStart('+').All(char.IsAsciiDigit)) errors["application.phone"] = ["A phone number in international format, e.g. +491701234567."];
        if (string.IsNullOrWhiteSpace(document.IntendedAddress) || document.IntendedAddress.Length > 300) errors["application.intendedAddress"] = ["Where in Kazakhstan you intend to live, at most 300 characters."];
        if (document.Payment?.Reference is not { Length: >= 6 and <= 64 }) errors["application.payment.reference"] = ["The bank's payment reference, 6 to 64 characters."];
        if (document.Payment?.AmountKzt is not > 0) errors["application.payment.amountKzt"] = ["The amount paid in KZT."];
        if (document.Payment?.PaidOn is null) errors["application.payment.paidOn"] = ["The payment date."];
        if (errors.Count > 0) return null;

        return new SignedFiling(caseId, document.Iin!, document.EndorsementNumber!,
            new RpApplicationForm(document.Email!.Trim(), document.Phone!, document.IntendedAddress!.Trim()), document.Payment!, bytes, signature);
    }
}
