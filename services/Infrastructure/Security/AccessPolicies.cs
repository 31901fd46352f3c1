namespace NomadPlatform.Infrastructure.Security;

/// <summary>
/// The names of the policies every route declares. Officer policies name the roles that may pass,
/// separated by <c>|</c>; <see cref="AccessPolicyProvider"/> builds them from the name.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Any holder of a valid token: a person or an employee of any organisation.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>A person signed in for themselves; on a route naming an <c>{iin}</c> or a <c>{caseId}</c>, only its owner.</summary>
    public const string Applicant = "applicant";

    /// <summary>An organisation's information system (a partner's), signed in with its system certificate for this service.</summary>
    public const string OrganisationSystem = "organisation-system";

    internal const string OfficerPrefix = "officer:";
    internal const string ApplicantOrOfficerPrefix = "applicant-or-officer:";

    /// <summary>An employee of this agency holding one of <paramref name="roles"/> in its staff register.</summary>
    public static string Officer(params string[] roles) => OfficerPrefix + string.Join('|', roles);

    /// <summary>The applicant who owns the route's <c>{iin}</c> or <c>{caseId}</c>, or an officer of this agency holding one of <paramref name="roles"/>.</summary>
    public static string ApplicantOrOfficer(params string[] roles) => ApplicantOrOfficerPrefix + string.Join('|', roles);
}
