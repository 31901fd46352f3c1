using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NomadPlatform.Portal.Pages;

/// <summary>The page shown for an error status: not found (another person's case among them), not allowed, or a failure.</summary>
public sealed class StatusModel : PageModel
{
    public string TextKey { get; private set; } = "Status.Failure";

    public void OnGet(int code) => Set(code);

    public void OnPost(int code) => Set(code);

    void Set(int code)
    {
        TextKey = code switch { 404 => "Status.NotFound", 403 => "Status.Forbidden", 400 => "Status.BadRequest", _ => "Status.Failure" };
        // A direct visit answers with the status it names, as the re-executed error does.
        Response.StatusCode = code is >= 400 and < 600 ? code : 404;
    }
}
