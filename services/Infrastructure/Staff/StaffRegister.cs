using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Staff;

/// <summary>
/// The agency's staff register: which of its employees hold which roles. Roles are read on every
/// officer action; a read is remembered for a few seconds, so a withdrawal made by another instance
/// of the service takes effect within <see cref="CacheFor"/>.
/// </summary>
public sealed class StaffRegister(IServiceScopeFactory scopes, StaffRoleCatalogue catalogue, TimeProvider time) : IStaffRoles
{
    static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();
    readonly ConcurrentDictionary<string, (long ReadAt, IReadOnlySet<string> Roles)> _recent = new();

    public async Task<IReadOnlySet<string>> RolesOfAsync(string iin, CancellationToken cancellationToken)
    {
        // Machine ticks, not the platform's clock: a test host may move that by months.
        var tick = Environment.TickCount64;
        if (_recent.TryGetValue(iin, out var known) && tick - known.ReadAt < CacheFor.TotalMilliseconds) return known.Roles;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var roles = await db.Set<StaffRoleGrant>().AsNoTracking()
            .Where(g => g.Iin == iin && g.WithdrawnAt == null).Select(g => g.Role).ToListAsync(cancellationToken);
        var held = roles.Count == 0 ? NoRoles : roles.ToHashSet(StringComparer.Ordinal);
        _recent[iin] = (tick, held);
        return held;
    }

    public async Task<StaffRoleGrant> GrantAsync(string iin, string role, string grantedBy, CancellationToken cancellationToken)
    {
        var known = Known(role);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        if (await db.Set<StaffRoleGrant>().AnyAsync(g => g.Iin == iin && g.Role == known && g.WithdrawnAt == null, cancellationToken))
            throw new CaseRuleViolation("staff.role-already-held", $"IIN {iin} already holds the role {known}.");
        var grant = StaffRoleGrant.Grant(iin, known, grantedBy, time.GetUtcNow());
        db.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        _recent.TryRemove(iin, out _);
        return grant;
    }

    public async Task<StaffRoleGrant> WithdrawAsync(string iin, string role, string withdrawnBy, CancellationToken cancellationToken)
    {
        var known = Known(role);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var grant = await db.Set<StaffRoleGrant>().SingleOrDefaultAsync(g => g.Iin == iin && g.Role == known && g.WithdrawnAt == null, cancellationToken)
            ?? throw new CaseNotFound("staff.role-not-held", $"IIN {iin} does not hold the role {known}.");
        if (known == StaffRoleCatalogue.Administrator
            && await db.Set<StaffRoleGrant>().CountAsync(g => g.Role == known && g.WithdrawnAt == null, cancellationToken) == 1)
            throw new CaseRuleViolation("staff.last-administrator", $"The agency's last administrator cannot be withdrawn: grant the role to another employee first.");
        grant.Withdraw(withdrawnBy, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        _recent.TryRemove(iin, out _);
        return grant;
    }

    /// <summary>The IINs that hold <paramref name="role"/> now, in order.</summary>
    public async Task<IReadOnlyList<string>> HoldersOfAsync(string role, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        return await db.Set<StaffRoleGrant>().AsNoTracking()
            .Where(g => g.Role == role && g.WithdrawnAt == null).Select(g => g.Iin).OrderBy(iin => iin).ToListAsync(cancellationToken);
    }

    /// <summary>Every grant and withdrawal, newest first.</summary>
    public async Task<List<StaffRoleGrant>> HistoryAsync(int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var grants = await db.Set<StaffRoleGrant>().AsNoTracking().ToListAsync(cancellationToken);
        return grants.OrderByDescending(g => g.WithdrawnAt ?? g.GrantedAt).Take(limit).ToList();
    }

    /// <summary>At first start: the administrators named in configuration, unless they already hold the role.</summary>
    public async Task BootstrapAsync(IEnumerable<string> administrators, CancellationToken cancellationToken)
    {
        foreach (var iin in administrators.Distinct())
        {
            if (!Iin.TryParse(iin, out _, out var reason))
                throw new InvalidOperationException($"Agency:Administrators holds {iin}, which is not an IIN: {reason}");
            if (!(await RolesOfAsync(iin, cancellationToken)).Contains(StaffRoleCatalogue.Administrator))
                await GrantAsync(iin, StaffRoleCatalogue.Administrator, StaffRoleGrant.Configuration, cancellationToken);
        }
    }

    string Known(string role) => catalogue.Find(role)
        ?? throw new InvalidField("role", "staff.role-unknown", $"One of: {string.Join(", ", catalogue.Roles.Order())}.");
}
