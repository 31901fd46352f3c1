using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Staff;

/// <summary>
/// One role held by one employee of the agency, with who granted it and, once withdrawn, who withdrew
/// it. Rows are never deleted: the register is also its own history.
/// </summary>
public sealed class StaffRoleGrant
{
    /// <summary>Who grants the administrators named in configuration at first start.</summary>
    public const string Configuration = "configuration";

    public Guid Id { get; private set; }
    public string Iin { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string GrantedBy { get; private set; } = "";
    public DateTimeOffset GrantedAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool Active => WithdrawnAt is null;

    StaffRoleGrant() { }

    public static StaffRoleGrant Grant(string iin, string role, string grantedBy, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), Iin = iin, Role = role, GrantedBy = grantedBy, GrantedAt = now };

    public void Withdraw(string withdrawnBy, DateTimeOffset now)
    {
        if (WithdrawnAt is not null)
            throw new CaseRuleViolation("staff.role-already-withdrawn", $"The role {Role} of IIN {Iin} was already withdrawn on {WithdrawnAt:O}.");
        WithdrawnBy = withdrawnBy;
        WithdrawnAt = now;
    }
}
