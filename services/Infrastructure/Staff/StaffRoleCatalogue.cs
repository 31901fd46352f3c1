namespace NomadPlatform.Infrastructure.Staff;

/// <summary>The roles this agency has decided on; an administrator grants only these.</summary>
public sealed class StaffRoleCatalogue(IEnumerable<string> roles)
{
    public const string Administrator = "Administrator";

    /// <summary>Every agency's own auditors read its whole audit log, officers' IINs included.</summary>
    public const string Auditor = "Auditor";

    /// <summary>Every agency's operators watch its metrics and the cases at risk of missing a deadline.</summary>
    public const string Operator = "Operator";

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>(roles.Append(Administrator).Append(Auditor).Append(Operator), StringComparer.Ordinal);

    public string? Find(string role) => Roles.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
}
