namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>
/// An organisation registered with the CA (<c>Eds:Organisations:&lt;BIN&gt;</c>): its name for O=, the
/// enrolment code of its system, and the employees who may request certificates for its staff.
/// </summary>
public sealed class RegisteredOrganisation
{
    public string Name { get; set; } = "";
    public string EnrolmentCode { get; set; } = "";
    public List<OrganisationAdministrator> Administrators { get; set; } = [];
}

/// <summary>An employee the organisation named to the CA as entitled to request its staff's certificates.</summary>
public sealed class OrganisationAdministrator
{
    public string Iin { get; set; } = "";
    public string Surname { get; set; } = "";
    public string GivenName { get; set; } = "";
}
