namespace NomadPlatform.Identity.Security;

/// <summary>The roles Identity's agency grants its own employees.</summary>
public static class IdentityRoles
{
    /// <summary>At a foreign institution: registers persons (IIN) and issues their first EDS certificates.</summary>
    public const string ConsularOfficer = "ConsularOfficer";

    /// <summary>Revokes anyone's certificate, an organisation's seal included.</summary>
    public const string CaOfficer = "CaOfficer";

    public static readonly string[] All = [ConsularOfficer, CaOfficer];
}
