namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>An organisation registered with the CA (<c>Eds:Organisations:&lt;BIN&gt;</c>): its name for O=, and its enrolment code.</summary>
public sealed class RegisteredOrganisation
{
    public string Name { get; set; } = "";
    public string EnrolmentCode { get; set; } = "";
}
