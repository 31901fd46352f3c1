using System.Text.Json;
using System.Text.Json.Nodes;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Contract;

namespace NomadPlatform.UnitTests.Feed;

/// <summary>
/// Each published event type version's data schema is kept in <c>contracts/schemas/</c>. A contract
/// change that would break a version's partners fails here; an added field or a new type fails until its
/// schema is recorded (<c>NOMAD_UPDATE_CONTRACT_SCHEMAS=1 dotnet test --filter ContractCompatibility</c>),
/// which never records a breaking change.
/// </summary>
public sealed class ContractCompatibilityTests
{
    static readonly string Published = Path.Combine(RepositoryFolder.Root(), "contracts", "schemas");
    static readonly bool Record = Environment.GetEnvironmentVariable("NOMAD_UPDATE_CONTRACT_SCHEMAS") == "1";

    [Fact]
    public void Every_published_type_version_is_still_read_as_its_schema_says()
    {
        var problems = new List<string>();
        var catalogue = EventCatalogue.FromContracts();
        foreach (var type in catalogue.All)
        {
            var file = Path.Combine(Published, $"{type.Name}.json");
            var current = EventSchemas.DocumentOf(type);
            if (!File.Exists(file))
            {
                if (Record) Write(file, current);
                else problems.Add($"{type.Name} has no published schema yet");
                continue;
            }
            var verdict = ContractCompatibility.Compare(JsonNode.Parse(File.ReadAllText(file))!.AsObject(), current);
            if (verdict.Breaking.Count > 0)
                problems.Add($"{type.Name} would break its partners ({string.Join("; ", verdict.Breaking)}): publish a new version (a …V{type.Version + 1} record) beside it");
            else if (verdict.Added.Count > 0 && Record) Write(file, current);
            else if (verdict.Added.Count > 0) problems.Add($"{type.Name}: {string.Join("; ", verdict.Added)} — record the schema");
        }
        foreach (var file in Directory.Exists(Published) ? Directory.GetFiles(Published, "*.json") : [])
            if (catalogue.Find(Path.GetFileNameWithoutExtension(file)) is null)
                problems.Add($"{Path.GetFileName(file)}: its type is gone, but partners may still ask for that version");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    static readonly JsonObject Permit = JsonNode.Parse("""{"properties":{"caseId":{"type":"string","format":"uuid"},"validUntil":{"type":"string","format":"date"}}}""")!.AsObject();

    [Fact]
    public void A_removed_field_or_a_changed_one_breaks_and_an_added_one_does_not()
    {
        var removed = JsonNode.Parse("""{"properties":{"caseId":{"type":"string","format":"uuid"}}}""")!.AsObject();
        var retyped = JsonNode.Parse("""{"properties":{"caseId":{"type":"string","format":"uuid"},"validUntil":{"type":"integer"}}}""")!.AsObject();
        var extended = JsonNode.Parse("""{"properties":{"caseId":{"type":"string","format":"uuid"},"validUntil":{"type":"string","format":"date"},"office":{"type":"string"}}}""")!.AsObject();

        Assert.Contains("'validUntil' was removed", ContractCompatibility.Compare(Permit, removed).Breaking);
        Assert.Single(ContractCompatibility.Compare(Permit, retyped).Breaking);
        var added = ContractCompatibility.Compare(Permit, extended);
        Assert.Empty(added.Breaking);
        Assert.Equal(["'office' was added"], added.Added);
        Assert.True(ContractCompatibility.Compare(Permit, Permit.DeepClone().AsObject()).Unchanged);
    }

    static void Write(string file, JsonObject schema)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine);
    }
}
