using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Every collection a request may carry has a stated limit (README, "Bad input"): one entry past it, each
/// entry well formed, is a 400 naming the collection at validation, never a case rule's 409 or a 5xx.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CollectionLimitTests(PlatformFixture platform)
{
    const string UnknownCase = "7d1f4f1e-3f0a-4c52-9a55-1d2b8e0c9a11";

    public static TheoryData<string, string, int, string> Collections => new()
    {
        { "identity", "citizenships", 5, "citizenships" },
        { "identity", "passports", 5, "passports" },
        { "hubintake", "manifest documents", 50, "manifest.documents" },
        { "hubintake", "CV courses", 50, "manifest.cv.courses" },
        { "hubintake", "returned documents", 7, "returns" },
        { "approval", "refusal grounds", 0, "grounds" }, // the statutory catalogue's size, read from the service
        { "arrival", "fingers", 10, "fingers" },
        { "pscissuance", "documents handed in", 5, "documents" },
    };

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task One_entry_past_a_collections_limit_is_a_400_naming_it(string service, string collection, int limit, string field)
    {
        using var journey = new CaseJourney(platform);
        var caller = service == "hubintake" && collection != "returned documents"
            ? await ApplicantAsync(journey)
            : await platform.Staff.EveryRoleOfficerAsync(service);
        if (collection == "refusal grounds")
            limit = (await journey.SendAsync<JsonElement>(service, HttpMethod.Get, "/api/refusal-grounds", user: caller)).GetArrayLength();
        var (path, body) = Request(collection, limit + 1, journey.Iin);

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        using var response = await journey.SendRawAsync(service, request, caller);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.ToString());
        Assert.True(errors.ContainsKey(field), $"errors name {string.Join(", ", errors.Keys)}");
        Assert.Contains($"{limit}", errors[field]);
    }

    static async Task<SignedInUser> ApplicantAsync(CaseJourney journey)
    {
        await journey.RegisterPersonAsync($"L{Guid.NewGuid():N}"[..9], new DateOnly(2035, 1, 1));
        return await journey.ApplicantAsync();
    }

    static JsonArray Many(int count, Func<int, JsonNode> entry) => new(Enumerable.Range(0, count).Select(i => (JsonNode?)entry(i)).ToArray());

    static (string Path, JsonObject Body) Request(string collection, int count, string iin) => collection switch
    {
        "citizenships" => ("/api/persons", Person(citizenships: Many(count, _ => "DE"))),
        "passports" => ("/api/persons", Person(passports: Many(count, i => new JsonObject { ["number"] = $"C01X00T{i:00}", ["country"] = "DE", ["expiresOn"] = "2031-01-01" }))),
        "manifest documents" => ("/api/applications", Submission(Manifest(iin, documents: Many(count, _ => Document())))),
        "CV courses" => ("/api/applications", Submission(Manifest(iin, courses: Many(count, i => new JsonObject { ["title"] = $"Course {i}", ["year"] = 2020 })))),
        "returned documents" => ($"/api/applications/{UnknownCase}/document-verification",
            new JsonObject { ["decision"] = "Return", ["returns"] = Many(count, _ => new JsonObject { ["kind"] = "Photo", ["reason"] = "Blurred." }) }),
        "refusal grounds" => ($"/api/rp-applications/{UnknownCase}/refusal", new JsonObject { ["grounds"] = Many(count, _ => "wanted") }),
        "fingers" => ($"/api/arrivals/{UnknownCase}/fingerprints",
            new JsonObject { ["fingers"] = Many(count, _ => new JsonObject { ["position"] = "RightThumb", ["template"] = "AAAA" }) }),
        "documents handed in" => ("/api/submissions",
            new JsonObject { ["caseId"] = UnknownCase, ["office"] = "PSC-1", ["documents"] = Many(count, _ => "Passport") }),
        _ => throw new ArgumentOutOfRangeException(nameof(collection)),
    };

    static JsonObject Person(JsonArray? citizenships = null, JsonArray? passports = null) => new()
    {
        ["surname"] = "Limit", ["givenName"] = "Test", ["birthDate"] = "1990-01-01", ["sex"] = "Female",
        ["citizenships"] = citizenships ?? new JsonArray("DE"),
        ["passports"] = passports ?? new JsonArray(new JsonObject { ["number"] = "C01X00T47", ["country"] = "DE", ["expiresOn"] = "2031-01-01" }),
    };

    static JsonObject Document() => new() { ["kind"] = "ItPortfolio", ["sha256"] = new string('a', 64) };

    static JsonObject Manifest(string iin, JsonArray? documents = null, JsonArray? courses = null) => new()
    {
        ["iin"] = iin,
        ["passportExpiresOn"] = "2031-01-01",
        ["documents"] = documents ?? new JsonArray(Document()),
        ["cv"] = new JsonObject { ["higherEducation"] = new JsonArray(), ["courses"] = courses ?? new JsonArray(), ["experience"] = new JsonArray() },
    };

    static JsonObject Submission(JsonObject manifest) => new()
    {
        ["manifest"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(manifest.ToJsonString())),
        ["signature"] = "AAAA",
    };
}
