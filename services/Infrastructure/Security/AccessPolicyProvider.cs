using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Security;

/// <summary>
/// Builds the officer policies from their names (<c>officer:A|B</c>, <c>applicant-or-officer:A|B</c>);
/// a role the agency's catalogue does not know is a programming error and fails loudly.
/// </summary>
public sealed class AccessPolicyProvider(IOptions<AuthorizationOptions> options, StaffRoleCatalogue catalogue)
    : DefaultAuthorizationPolicyProvider(options)
{
    readonly ConcurrentDictionary<string, AuthorizationPolicy> _built = new(StringComparer.Ordinal);

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (await base.GetPolicyAsync(policyName) is { } named) return named;
        if (_built.TryGetValue(policyName, out var built)) return built;
        var (person, roles) = policyName switch
        {
            _ when policyName.StartsWith(AccessPolicies.OfficerPrefix, StringComparison.Ordinal) => (false, policyName[AccessPolicies.OfficerPrefix.Length..]),
            _ when policyName.StartsWith(AccessPolicies.ApplicantOrOfficerPrefix, StringComparison.Ordinal) => (true, policyName[AccessPolicies.ApplicantOrOfficerPrefix.Length..]),
            _ => (false, (string?)null),
        };
        if (roles is null) return null;
        var known = roles.Split('|').Select(role => catalogue.Find(role) is { } found && found == role
            ? role
            : throw new InvalidOperationException($"The policy {policyName} names the role {role}, which this agency does not have.")).ToList();
        return _built.GetOrAdd(policyName, new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .AddRequirements(new AccessRequirement(person, known)).Build());
    }
}
