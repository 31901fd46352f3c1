using System.Collections.Concurrent;
using System.Net.Http.Json;
using NomadPlatform.Eds;
using Microsoft.Extensions.Configuration;
using NomadPlatform.AppHost.Resources;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.PlatformHarness;

/// <summary>
/// The agencies' people as the platform knows them: each agency's administrator (the key the first
/// start left under the data folder), and officers the administrator has had certified by the CA and
/// granted a role in the agency's staff register.
/// </summary>
public sealed class PlatformStaff : IDisposable
{
    readonly LocalPlatform platform;

    public PlatformStaff(LocalPlatform platform)
    {
        this.platform = platform;
        platform.ClockMoving += RenewExpiringKeysAsync;
    }

    async Task RenewExpiringKeysAsync(DateTimeOffset until)
    {
        foreach (var person in Known()) await person.RenewIfExpiringAsync(until);
    }

    const string KeyPassword = "officer-key-password";
    static readonly IReadOnlyDictionary<string, Agency> Agencies = Agency.All(new ConfigurationBuilder().Build()).ToDictionary(a => a.Resource);
    readonly ConcurrentDictionary<string, Lazy<Task<SignedInUser>>> _people = new();

    public static Agency AgencyOf(string service) => Agencies[service];

    public Task<SignedInUser> AdministratorAsync(string service) => Once($"admin:{service}", () =>
    {
        var agency = Agencies[service];
        var secrets = Path.Combine(platform.DataDirectory, "secrets");
        var passphrase = File.ReadAllText(Path.Combine(secrets, "administrator-key-passphrase")).Trim();
        var file = Path.Combine(secrets, "administrators", $"{agency.Bin}-{agency.AdministratorIin}-auth.p12");
        return Task.FromResult(new SignedInUser(platform, EdsSigner.OpenKeyFile(File.ReadAllBytes(file), passphrase),
            self => EmployeeKeyAsync(self, agency, agency.AdministratorIin, "Administrator")));
    });

    /// <summary>An officer of <paramref name="service"/>'s agency holding <paramref name="role"/> (one per agency and role).</summary>
    public Task<SignedInUser> OfficerAsync(string service, string role) => Once($"officer:{service}:{role}", () => NewOfficerAsync(service, [role]));

    /// <summary>
    /// An officer holding every role the agency's staff register knows (as its administrator reads them),
    /// or null for a service that keeps no staff register.
    /// </summary>
    public Task<SignedInUser?> EveryRoleOfficerAsync(string service) => _everyRole.GetOrAdd(service, _ => new Lazy<Task<SignedInUser?>>(async () =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/roles");
        await (await AdministratorAsync(service)).AuthorizeAsync(request);
        using var client = platform.Client(service);
        using var response = await client.SendAsync(request);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        await EnsureAsync(response, "The staff register's roles");
        return await NewOfficerAsync(service, (await response.Content.ReadFromJsonAsync<string[]>())!);
    })).Value;

    readonly ConcurrentDictionary<string, Lazy<Task<SignedInUser?>>> _everyRole = new();

    /// <summary>A new employee of the agency, certified by the CA at the administrator's request, holding <paramref name="roles"/>.</summary>
    public async Task<SignedInUser> NewOfficerAsync(string service, string[] roles)
    {
        var agency = Agencies[service];
        var administrator = await AdministratorAsync(service);
        var iin = NewIin();
        var givenName = roles.FirstOrDefault() ?? "Employee";
        var officer = new SignedInUser(platform, await EmployeeKeyAsync(administrator, agency, iin, givenName),
            _ => EmployeeKeyAsync(administrator, agency, iin, givenName));
        foreach (var granted in roles)
        {
            using var grant = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/{iin}/roles") { Content = JsonContent.Create(new { role = granted }) };
            await administrator.AuthorizeAsync(grant);
            using var agencyClient = platform.Client(service);
            using var granting = await agencyClient.SendAsync(grant);
            await EnsureAsync(granting, $"Granting {granted}");
        }
        return officer;
    }

    /// <summary>Everyone signed in so far, administrators first (they request their officers' new certificates).</summary>
    IEnumerable<SignedInUser> Known() => _people
        .Where(p => p.Value.IsValueCreated && p.Value.Value.IsCompletedSuccessfully)
        .OrderBy(p => p.Key.StartsWith("admin:", StringComparison.Ordinal) ? 0 : 1)
        .Select(p => p.Value.Value.Result)
        .Concat(_everyRole.Values.Where(p => p.IsValueCreated && p.Value.IsCompletedSuccessfully && p.Value.Result is not null).Select(p => p.Value.Result!))
        .ToList();

    /// <summary>An employee's authentication key, certified by the CA at the request of the agency's administrator.</summary>
    async Task<EdsKeyFile> EmployeeKeyAsync(SignedInUser administrator, Agency agency, string iin, string givenName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/organisations/{agency.Bin}/employees/certificates")
        {
            Content = JsonContent.Create(new { iin, surname = "Officer", givenName, purpose = "Authentication", password = KeyPassword }),
        };
        await administrator.AuthorizeAsync(request);
        using var identity = platform.Client("identity");
        using var response = await identity.SendAsync(request);
        await EnsureAsync(response, "An employee's certificate");
        return EdsSigner.OpenKeyFile(await response.Content.ReadAsByteArrayAsync(), KeyPassword);
    }

    /// <summary>A valid IIN nobody on the platform holds yet (a Kazakh employee born 1970–1999).</summary>
    public static string NewIin()
    {
        while (true)
        {
            var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(365 * 30));
            if (Iin.Compose(birth, Random.Shared.Next(2) == 0 ? Sex.Male : Sex.Female, Random.Shared.Next(1, 9999)) is { } iin) return iin.Value;
        }
    }

    Task<SignedInUser> Once(string key, Func<Task<SignedInUser>> create) => _people.GetOrAdd(key, _ => new Lazy<Task<SignedInUser>>(create)).Value;

    static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
    }

    public void Dispose()
    {
        platform.ClockMoving -= RenewExpiringKeysAsync;
        foreach (var person in Known()) person.Dispose();
    }
}
