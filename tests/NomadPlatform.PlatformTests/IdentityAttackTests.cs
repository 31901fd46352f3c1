using System.Net;
using System.Text.Json;
using NomadPlatform.PlatformHarness.Faults;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// The attacks on Identity found when nothing was locked, each now refused, while the legitimate
/// people go on working in the same test.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IdentityAttackTests(PlatformFixture platform)
{
    [Fact]
    public async Task Registering_a_person_needs_a_consular_officer()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"A{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        var person = new { surname = "Forged", givenName = "Person", birthDate = "1990-01-01", sex = "Male", citizenships = new[] { "DE" },
            passports = new[] { new { number = $"X{Guid.NewGuid():N}"[..9], country = "DE", expiresOn = "2034-01-01" } } };

        using var anonymous = await journey.SendRawAsync("identity", HttpMethod.Post, "/api/persons", person);
        using var byApplicant = await journey.SendRawAsync("identity", HttpMethod.Post, "/api/persons", person, await journey.ApplicantAsync());
        using var byConsul = await journey.SendRawAsync("identity", HttpMethod.Post, "/api/persons", person, await journey.ConsularOfficerAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byConsul.StatusCode);
    }

    [Fact]
    public async Task Nobody_gets_a_signing_key_for_another_persons_iin_and_the_holder_still_can()
    {
        using var victim = new CaseJourney(platform);
        await victim.RegisterAsync($"V{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        using var attacker = new CaseJourney(platform);
        await attacker.RegisterPersonAsync($"T{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        var request = new { purpose = "Signing", password = "attacker-password" };

        using var anonymous = await attacker.SendRawAsync("identity", HttpMethod.Post, $"/api/persons/{victim.Iin}/certificates", request);
        using var asAttacker = await attacker.SendRawAsync("identity", HttpMethod.Post, $"/api/persons/{victim.Iin}/certificates", request, await attacker.ApplicantAsync());
        using var asHolder = await victim.SendRawAsync("identity", HttpMethod.Post, $"/api/persons/{victim.Iin}/certificates", request, await victim.ApplicantAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asHolder.StatusCode);
    }

    [Fact]
    public async Task Nobody_revokes_or_reads_another_persons_certificate_and_a_ca_officer_can()
    {
        using var victim = new CaseJourney(platform);
        await victim.RegisterAsync($"R{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        using var attacker = new CaseJourney(platform);
        await attacker.RegisterPersonAsync($"Q{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        var path = $"/api/certificates/{victim.SigningKey!.Certificate.SerialNumber}";
        var compromise = new { reason = "KeyCompromise" };

        using var anonymous = await attacker.SendRawAsync("identity", HttpMethod.Post, $"{path}/revocation", compromise);
        using var asAttacker = await attacker.SendRawAsync("identity", HttpMethod.Post, $"{path}/revocation", compromise, await attacker.ApplicantAsync());
        using var readByAttacker = await attacker.SendRawAsync("identity", HttpMethod.Get, path, user: await attacker.ApplicantAsync());
        using var byOtherAgency = await attacker.SendRawAsync("identity", HttpMethod.Post, $"{path}/revocation", compromise, await platform.Staff.AdministratorAsync("approval"));
        var stillGood = await victim.SendAsync<JsonElement>("identity", HttpMethod.Get, path, user: await victim.ApplicantAsync());
        var byCaOfficer = await victim.SendAsync<JsonElement>("identity", HttpMethod.Post, $"{path}/revocation", new { reason = "Superseded" },
            await platform.Staff.OfficerAsync("identity", "CaOfficer"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readByAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherAgency.StatusCode);
        Assert.Equal("Good", stillGood.GetProperty("status").GetString());
        Assert.Equal("Revoked", byCaOfficer.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Astana_hubs_seal_cannot_be_revoked_by_applicants_or_other_agencies()
    {
        // The seal's serial is printed on every endorsement: one endorsement makes the Hub enrol its seal.
        using var journey = new CaseJourney(platform);
        await journey.RegisterAsync($"H{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        await journey.SubmitAsync(new DateOnly(2034, 1, 1));
        await journey.EndorseAsync();
        var seal = (await AgencyDatabases.CountAsync(platform, "identity",
            $"""SELECT "SerialNumber", 1 FROM "IssuedCertificates" WHERE "Bin" = '{PlatformStaff.AgencyOf("hubintake").Bin}' AND "Iin" IS NULL AND "RevokedAt" IS NULL""")).First().Key;
        var compromise = new { reason = "KeyCompromise" };

        using var anonymous = await journey.SendRawAsync("identity", HttpMethod.Post, $"/api/certificates/{seal}/revocation", compromise);
        using var byApplicant = await journey.SendRawAsync("identity", HttpMethod.Post, $"/api/certificates/{seal}/revocation", compromise, await journey.ApplicantAsync());
        using var byOtherAgency = await journey.SendRawAsync("identity", HttpMethod.Post, $"/api/certificates/{seal}/revocation", compromise, await platform.Staff.AdministratorAsync("approval"));
        using var byHubEmployee = await journey.SendRawAsync("identity", HttpMethod.Post, $"/api/certificates/{seal}/revocation", compromise, await platform.Staff.NewOfficerAsync("hubintake", []));
        var readByHubAdministrator = await journey.SendAsync<JsonElement>("identity", HttpMethod.Get, $"/api/certificates/{seal}", user: await platform.Staff.AdministratorAsync("hubintake"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherAgency.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byHubEmployee.StatusCode);
        Assert.Equal("Good", readByHubAdministrator.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reading_a_person_by_iin_needs_that_person_or_a_consular_officer()
    {
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"P{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        using var nosy = new CaseJourney(platform);
        await nosy.RegisterPersonAsync($"Y{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        var path = $"/api/persons/{journey.Iin}";

        using var anonymous = await nosy.SendRawAsync("identity", HttpMethod.Get, path);
        using var byOther = await nosy.SendRawAsync("identity", HttpMethod.Get, path, user: await nosy.ApplicantAsync());
        using var byOtherAgency = await nosy.SendRawAsync("identity", HttpMethod.Get, path, user: await platform.Staff.AdministratorAsync("pscissuance"));
        using var bySelf = await journey.SendRawAsync("identity", HttpMethod.Get, path, user: await journey.ApplicantAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherAgency.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySelf.StatusCode);
    }

    [Fact]
    public async Task Only_an_organisations_administrator_gets_certificates_for_its_employees()
    {
        var hubBin = PlatformStaff.AgencyOf("hubintake").Bin;
        var employee = new { iin = PlatformStaff.NewIin(), surname = "Employee", givenName = "New", purpose = "Authentication", password = "employee-password" };
        using var journey = new CaseJourney(platform);
        await journey.RegisterPersonAsync($"E{Guid.NewGuid():N}"[..9], new DateOnly(2034, 1, 1));
        var path = $"/api/organisations/{hubBin}/employees/certificates";

        using var byApplicant = await journey.SendRawAsync("identity", HttpMethod.Post, path, employee, await journey.ApplicantAsync());
        using var byOtherAdministrator = await journey.SendRawAsync("identity", HttpMethod.Post, path, employee, await platform.Staff.AdministratorAsync("approval"));
        using var byHubAdministrator = await journey.SendRawAsync("identity", HttpMethod.Post, path, employee, await platform.Staff.AdministratorAsync("hubintake"));

        Assert.Equal(HttpStatusCode.Forbidden, byApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byHubAdministrator.StatusCode);
    }
}
