using System.Net.Mail;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Notifications.Domain;

/// <summary>Where and in which language the applicant wants their notices by e-mail; without an address they are in the portal's inbox only.</summary>
public sealed class ApplicantContact
{
    public static readonly string[] Languages = ["kk", "ru", "en"];

    public string Iin { get; private set; } = "";
    public string? Email { get; private set; }
    public string Language { get; private set; } = "en";
    public DateTimeOffset UpdatedAt { get; private set; }

    ApplicantContact() { }

    public static ApplicantContact For(string iin, DateTimeOffset now) => new() { Iin = iin, UpdatedAt = now };

    public void Change(string? email, string language, DateTimeOffset now)
    {
        if (!Languages.Contains(language))
            throw new CaseRuleViolation("notices.language-unknown", $"Notices are written in kk, ru or en, not '{language}'.");
        Email = string.IsNullOrWhiteSpace(email) ? null : Address(email.Trim());
        Language = language;
        UpdatedAt = now;
    }

    static string Address(string email)
    {
        if (email.Length > 254 || !MailAddress.TryCreate(email, out var address) || address.Address != email || !address.Host.Contains('.'))
            throw new CaseRuleViolation("notices.email-invalid", $"'{email}' is not an e-mail address (name@domain.tld).");
        return email;
    }
}
