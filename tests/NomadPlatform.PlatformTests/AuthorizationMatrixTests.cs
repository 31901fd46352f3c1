using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Every operation in each agency's own OpenAPI document, called by six kinds of caller, gets the
/// answer its declared policy (<c>x-access</c>) promises: an operation that declares none fails the
/// test, so no route ships open by accident. The owner's case has gone all the way to the permit, so
/// every agency holds it and a route naming it is the owner's.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthorizationMatrixTests(PlatformFixture platform, ITestOutputHelper output)
{
    enum Caller { Anonymous, OwnerApplicant, OtherApplicant, OfficerWithRole, OfficerWithoutRole, OfficerOfAnotherAgency }

    [Fact]
    public async Task Every_operation_answers_each_kind_of_caller_as_its_declared_policy_says()
    {
        using var owner = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(8);
        await owner.RunToPermitAsync($"M{Guid.NewGuid():N}"[..9], expiry, "Astana, Matrix Street 1");
        using var other = new CaseJourney(platform);
        await other.RegisterPersonAsync($"N{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        var ownerSignedIn = await owner.ApplicantAsync();
        var otherSignedIn = await other.ApplicantAsync();
        var problems = new List<string>();
        var calls = 0;

        foreach (var service in LocalPlatform.Services)
        {
            var withoutRole = await platform.Staff.NewOfficerAsync(service, []);
            var anotherAgency = await platform.Staff.AdministratorAsync(service == "approval" ? "arrival" : "approval");
            foreach (var (method, path, access) in await OperationsAsync(owner, service))
            {
                if (access is null)
                {
                    problems.Add($"{service} {method} {path}: declares no policy (x-access)");
                    continue;
                }
                var concretePath = Concrete(path, owner, service);
                foreach (var caller in Enum.GetValues<Caller>())
                {
                    var user = caller switch
                    {
                        Caller.Anonymous => null,
                        Caller.OwnerApplicant => ownerSignedIn,
                        Caller.OtherApplicant => otherSignedIn,
                        Caller.OfficerWithRole => await EntitledOfficerAsync(service, access),
                        Caller.OfficerWithoutRole => withoutRole,
                        _ => anotherAgency,
                    };
                    using var request = new HttpRequestMessage(new HttpMethod(method), concretePath);
                    if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    using var response = await owner.SendRawAsync(service, request, user);
                    calls++;
                    if (Judge(access, caller, path, response.StatusCode) is { } problem)
                        problems.Add($"{service} {method} {path} [{access}] as {caller}: {(int)response.StatusCode} — {problem}");
                }
            }
        }

        output.WriteLine($"{calls} calls");
        foreach (var problem in problems) output.WriteLine(problem);
        Assert.True(calls > 50, "too few operations were called to mean anything");
        Assert.Empty(problems);
    }

    /// <summary>What must not happen for this caller under this policy; null when the answer fits.</summary>
    static string? Judge(string access, Caller caller, string path, HttpStatusCode status)
    {
        var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        var allowed = !refused;
        if (access == "anonymous") return allowed ? null : "a public operation refused the caller";
        if (caller == Caller.Anonymous) return status == HttpStatusCode.Unauthorized ? null : "expected 401 without a token";

        var (kind, _) = Split(access);
        var personMayPass = kind is "applicant" or "applicant-or-officer" or "signed-in";
        var entitledOfficer = kind is "officer" or "applicant-or-officer" or "organisation-administrator" or "signed-in";
        switch (caller)
        {
            case Caller.OwnerApplicant:
                return personMayPass == allowed ? null : personMayPass ? "the owner was refused" : "an applicant passed an officers' policy";
            case Caller.OtherApplicant when (path.Contains("{iin}") || path.Contains("{caseId}")) && kind is "applicant" or "applicant-or-officer":
                return status == HttpStatusCode.NotFound ? null : "another person's data must answer 404";
            case Caller.OtherApplicant:
                return personMayPass == allowed ? null : personMayPass ? "a signed-in person was refused" : "an applicant passed an officers' policy";
            case Caller.OfficerWithRole:
                return entitledOfficer == allowed ? null : "the entitled officer was refused";
            default:
                return kind == "signed-in" || refused ? null : "an officer without the role passed";
        }
    }

    static (string Kind, string? Role) Split(string access) =>
        access.Split(':', 2) is [var kind, var role] ? (kind, role) : (access, null);

    async Task<SignedInUser?> EntitledOfficerAsync(string service, string access) => Split(access) switch
    {
        ("organisation-administrator", _) => await platform.Staff.AdministratorAsync("hubintake"),
        (_, { } roles) => await platform.Staff.OfficerAsync(service, roles.Split('|')[0]),
        _ => await platform.Staff.EveryRoleOfficerAsync(service),
    };

    static string Concrete(string path, CaseJourney owner, string service) => path
        .Replace("{iin}", owner.Iin)
        .Replace("{serialNumber}", owner.SigningKey!.Certificate.SerialNumber)
        .Replace("{bin}", PlatformStaff.AgencyOf("hubintake").Bin)
        .Replace("{role}", "ConsularOfficer")
        .Replace("{caseId}", owner.CaseId.ToString())
        .Replace("{number}", "AH-2026-000001")
        .Replace("{documentId}", Guid.NewGuid().ToString())
        .Replace("{id}", Guid.NewGuid().ToString());

    static async Task<List<(string Method, string Path, string? Access)>> OperationsAsync(CaseJourney journey, string service)
    {
        using var response = await journey.SendRawAsync(service, new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json"));
        response.EnsureSuccessStatusCode();
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var operations = new List<(string, string, string?)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
            if (method != "parameters")
                operations.Add((method.ToUpperInvariant(), path, operation?["x-access"]?.GetValue<string>()));
        return operations;
    }
}
