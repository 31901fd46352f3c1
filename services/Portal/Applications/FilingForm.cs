using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NomadPlatform.Portal.Applications;

/// <summary>The residence permit application (Phase 2): how to reach the applicant, where they will live, the state duty paid.</summary>
public sealed class FilingForm
{
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? IntendedAddress { get; set; }
    public string? PaymentReference { get; set; }
    public decimal? AmountKzt { get; set; }
    public DateOnly? PaidOn { get; set; }

    /// <summary>The filing document, or the fields to correct (values are text keys).</summary>
    public FilingDraft? ToFiling(Guid caseId, string iin, string endorsementNumber, ModelStateDictionary errors)
    {
        if (Email?.Trim() is not { Length: > 3 and <= 254 } email || !email.Contains('@')) errors.AddModelError("Form.Email", "Filing.EmailInvalid");
        if (Phone?.Trim() is not { Length: >= 7 and <= 20 } phone || !phone.TrimStart('+').All(char.IsAsciiDigit)) errors.AddModelError("Form.Phone", "Filing.PhoneInvalid");
        if (string.IsNullOrWhiteSpace(IntendedAddress) || IntendedAddress.Length > 300) errors.AddModelError("Form.IntendedAddress", "Form.Required");
        if (PaymentReference?.Trim() is not { Length: >= 6 and <= 64 }) errors.AddModelError("Form.PaymentReference", "Filing.ReferenceInvalid");
        if (AmountKzt is not > 0) errors.AddModelError("Form.AmountKzt", "Form.Required");
        if (PaidOn is null) errors.AddModelError("Form.PaidOn", "Form.Required");
        if (!errors.IsValid) return null;
        return new FilingDraft(caseId, iin, endorsementNumber, Email!.Trim(), Phone!.Trim(), IntendedAddress!.Trim(),
            new DutyPayment(PaymentReference!.Trim(), AmountKzt!.Value, PaidOn!.Value));
    }
}

/// <summary>What the applicant signs for Phase 2, in Approval's wire form.</summary>
public sealed record FilingDraft(Guid CaseId, string Iin, string EndorsementNumber, string Email, string Phone, string IntendedAddress, DutyPayment Payment)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static FilingDraft? FromBase64(string? base64)
    {
        var bytes = new byte[base64?.Length ?? 0];
        if (base64 is null || !Convert.TryFromBase64String(base64, bytes, out var length)) return null;
        try
        {
            return JsonSerializer.Deserialize<FilingDraft>(bytes.AsSpan(0, length), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record DutyPayment(string Reference, decimal AmountKzt, DateOnly PaidOn);
