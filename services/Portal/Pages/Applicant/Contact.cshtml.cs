using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Pages.Applicant;

/// <summary>Where the applicant's notices are mailed and in which language; no address keeps them in the inbox only.</summary>
public sealed class ContactModel(NotificationsClient notifications) : PageModel
{
    public static readonly string[] Languages = ["kk", "ru", "en"];

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string Language { get; set; } = "en";
    public AgencyProblem? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var contact = await notifications.ContactAsync(cancellationToken);
        Problem = contact.Problem;
        Email = contact.Value?.Email;
        Language = contact.Value?.Email is null ? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : contact.Value.Language;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var changed = await notifications.ChangeContactAsync(Email, Language, cancellationToken);
        if (changed.Problem is null) return Redirect("/applicant/inbox?done=Contact");
        Problem = changed.Problem;
        foreach (var (field, _) in changed.Problem.Errors)
            ModelState.AddModelError(field.Equals("email", StringComparison.OrdinalIgnoreCase) ? nameof(Email) : nameof(Language), $"Contact.Invalid.{(field == "email" ? "Email" : "Language")}");
        return Page();
    }
}
