namespace NomadPlatform.Infrastructure.Security;

/// <summary>The names of the policies every route declares (see <see cref="AccessExtensions"/>).</summary>
public static class AccessPolicies
{
    /// <summary>Any holder of a valid token: a person or an employee of any organisation.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>A person signed in for themselves; on a route with <c>{iin}</c>, only that person.</summary>
    public const string Applicant = "applicant";

    /// <summary>An employee of this agency holding <paramref name="role"/> in its staff register.</summary>
    public static string Officer(string role) => $"officer:{role}";

    /// <summary>The applicant (on a route with <c>{iin}</c>, that IIN's holder) or an officer of this agency with <paramref name="role"/>.</summary>
    public static string ApplicantOrOfficer(string role) => $"applicant-or-officer:{role}";
}
