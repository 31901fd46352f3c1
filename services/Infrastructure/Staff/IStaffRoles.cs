namespace NomadPlatform.Infrastructure.Staff;

/// <summary>The roles an employee of this agency holds now, as its staff register says.</summary>
public interface IStaffRoles
{
    Task<IReadOnlySet<string>> RolesOfAsync(string iin, CancellationToken cancellationToken);
}
