namespace NomadPlatform.Infrastructure.Staff;

/// <summary>The roles this agency has decided on; an administrator grants only these.</summary>
public sealed class StaffRoleCatalogue(IEnumerable<string> roles)
{
    public const string Administrator = "Administrator";

    /// <summary>Every agency's own auditors read its whole audit log, officers' IINs included.</summary>
    public const string Auditor = "Auditor";

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>(roles.Append(Administrator).Append(Auditor), StringComparer.Ordinal);

    public string? Find(string role) => Roles.FirstOrDefault(r => r.Equals(role, StringComparison.OrdinalIgnoreCase));
}
