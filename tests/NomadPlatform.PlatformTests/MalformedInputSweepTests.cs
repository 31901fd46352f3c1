using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Every HTTP operation each agency publishes in its OpenAPI document, and every gRPC method in
/// contracts/Protos, gets generated bad input: garbage bytes, empty and truncated bodies, deep nesting,
/// each field of the wrong type, huge values, bad path values. No answer may be a 5xx (or gRPC
/// INTERNAL/UNKNOWN), and the services log no error for any of it. The test command runs one round;
/// <c>scripts/malformed-sweep.sh --rounds N</c> (the full sweep) adds N - 1 rounds of random bodies and
/// messages to every operation.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class MalformedInputSweepTests(PlatformFixture platform, ITestOutputHelper output)
{
    static readonly Random Random = new(20261125);

    /// <summary>Rounds of generated input: 1 in the test command, more in the full sweep (<c>NOMAD_SWEEP_ROUNDS</c>).</summary>
    static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("NOMAD_SWEEP_ROUNDS"), out var rounds) && rounds > 1 ? rounds : 1;

    /// <summary>One request; <see cref="ByApplicant"/> when only the applicant may call the operation (else an officer with every role).</summary>
    sealed record Probe(string Service, string Method, string Path, string What, Func<HttpContent?> Body, bool ByApplicant = false);

    [Fact]
    public async Task No_generated_bad_input_gets_a_server_error_or_an_error_in_the_logs()
    {
        using var journey = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(5);
        await journey.RegisterAsync($"W{Guid.NewGuid():N}"[..9], expiry);
        await journey.SubmitAsync(expiry); // the applicant's own case, so that applicants' operations reach their checks
        var applicant = await journey.ApplicantAsync();
        var statuses = new SortedDictionary<string, int>();
        var serverErrors = new List<string>();

        foreach (var service in LocalPlatform.Services)
        {
            // Signed in with every role the agency has, so that the input reaches each operation's checks.
            var officer = await platform.Staff.EveryRoleOfficerAsync(service);
            foreach (var probe in await HttpProbesAsync(journey, service))
            {
                using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path) { Content = probe.Body() };
                using var response = await journey.SendRawAsync(service, request, probe.ByApplicant ? applicant : officer);
                var status = (int)response.StatusCode;
                Count(statuses, $"HTTP {status}");
                if (status >= 500) serverErrors.Add($"{service} {probe.Method} {probe.Path} ({probe.What}) → {status}: {Shorten(await response.Content.ReadAsStringAsync())}");
            }
        }

        // Each method called as the agency that holds its right, so that the input reaches its checks.
        var systems = new Dictionary<string, AgencySystem>();
        foreach (var (service, method) in GrpcMethods())
        foreach (var (what, payload) in GrpcPayloads())
        {
            var caller = CallerOf(method);
            if (!systems.TryGetValue(caller, out var system)) systems[caller] = system = await AgencySystem.EnrolAsync(platform, caller);
            var code = await CallGrpcAsync(service, method, payload, await system.TokenForAsync(service));
            Count(statuses, $"gRPC {code}");
            if (code is "2" or "13" or "none" || code.StartsWith("unreadable", StringComparison.Ordinal)) serverErrors.Add($"{service} /{method} ({what}) → grpc-status {code}");
        }

        output.WriteLine(string.Join(Environment.NewLine, statuses.Select(s => $"{s.Key,-10} {s.Value,6}")));
        foreach (var error in serverErrors) output.WriteLine(error);
        Assert.True(statuses.Values.Sum() > 300, "the sweep sent too few probes to mean anything");
        Assert.Empty(serverErrors);
        Assert.Empty(await ErrorLogsAsync(journey.TraceId));
    }

    static void Count(IDictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    static string Shorten(string text) => text.Length > 300 ? text[..300] : text;

    async Task<IEnumerable<Probe>> HttpProbesAsync(CaseJourney journey, string service)
    {
        using var response = await journey.SendRawAsync(service, new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json"));
        response.EnsureSuccessStatusCode();
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var probes = new List<Probe>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            if (method == "parameters") continue;
            var verb = method.ToUpperInvariant();
            var parameters = operation!["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            var byApplicant = operation["x-access"]?.GetValue<string>() == "applicant";
            var good = Fill(path, parameters, bad: null, byApplicant ? journey : null);
            foreach (var bad in BadValues)
                probes.Add(new(service, verb, Fill(path, parameters, bad), $"bad parameter {bad[..Math.Min(bad.Length, 12)]}", () => null, byApplicant));
            var content = operation["requestBody"]?["content"]?.AsObject();
            if (content is null) continue;
            if (content.ContainsKey("multipart/form-data"))
            {
                probes.Add(new(service, verb, good, "garbage multipart", () => Raw(Garbage(256), "multipart/form-data; boundary=xyz"), byApplicant));
                probes.Add(new(service, verb, good, "empty form", () => new MultipartFormDataContent(), byApplicant));
            }
            var schema = content["application/json"]?["schema"];
            if (schema is null) continue;
            foreach (var (what, body) in JsonBodies(Resolve(document, schema)))
                probes.Add(new(service, verb, good, what, () => Raw(body, "application/json"), byApplicant));
        }
        return probes;
    }

    static readonly string[] BadValues = ["not-a-valid-value", new string('9', 5000), "-1", "%FF%FE", "0000"];

    /// <summary>The path with each parameter filled: a plausible value (the owner's IIN and case for an applicant's operation), or the bad one.</summary>
    static string Fill(string path, List<JsonNode> parameters, string? bad, CaseJourney? owner = null)
    {
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = bad is not null ? Uri.EscapeDataString(bad)
                : owner is not null && name == "iin" ? owner.Iin
                : owner is not null && name == "caseId" ? owner.CaseId.ToString()
                : Plausible(parameter["schema"]);
            if (parameter["in"]!.GetValue<string>() == "path") path = path.Replace($"{{{name}}}", value);
            else if (parameter["in"]!.GetValue<string>() == "query") query.Add($"{name}={value}");
        }
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    static string Plausible(JsonNode? schema) => schema?["format"]?.GetValue<string>() switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "int32" or "int64" => "2026",
        "date" => "2026-12-01",
        _ => "791028302728",
    };

    static JsonNode? Resolve(JsonNode document, JsonNode? schema)
    {
        var reference = schema?["$ref"]?.GetValue<string>();
        return reference is null ? schema : document["components"]!["schemas"]![reference.Split('/')[^1]];
    }

    static IEnumerable<(string What, byte[] Body)> JsonBodies(JsonNode? schema)
    {
        yield return ("garbage bytes", Garbage(512));
        yield return ("empty body", []);
        yield return ("null", "null"u8.ToArray());
        yield return ("array", "[]"u8.ToArray());
        yield return ("empty object", "{}"u8.ToArray());
        yield return ("truncated", """{"a":"""u8.ToArray());
        yield return ("deeply nested", Encoding.UTF8.GetBytes(new string('[', 500) + new string(']', 500)));
        yield return ("invalid UTF-8", [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        foreach (var (name, property) in schema?["properties"]?.AsObject() ?? [])
        {
            foreach (var wrong in new JsonNode?[] { 12345, "text", JsonValue.Create(true), new JsonArray(1, 2), new JsonObject { ["x"] = 1 }, 1e308 })
                yield return ($"{name} = {wrong?.ToJsonString()}", Encoding.UTF8.GetBytes(new JsonObject { [name] = wrong?.DeepClone() }.ToJsonString()));
            yield return ($"{name} huge", Encoding.UTF8.GetBytes(new JsonObject { [name] = new string('A', 200_000) }.ToJsonString()));
            yield return ($"{name} many", Encoding.UTF8.GetBytes(new JsonObject { [name] = new JsonArray(Enumerable.Range(0, 20_000).Select(_ => (JsonNode?)JsonValue.Create("x")).ToArray()) }.ToJsonString()));
        }
        var names = schema?["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        for (var round = 2; round <= Rounds; round++)
        {
            yield return ($"round {round}: garbage", Garbage(Random.Next(1, 8192)));
            yield return ($"round {round}: every property a random value", Encoding.UTF8.GetBytes(
                new JsonObject(names.Select(n => KeyValuePair.Create(n, RandomValue(depth: 0)))).ToJsonString()));
        }
    }

    /// <summary>Any JSON value: a number of any size, text with control and non-BMP characters, a date-like string, nesting.</summary>
    static JsonNode? RandomValue(int depth) => Random.Next(depth > 3 ? 6 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(Random.NextDouble() * Math.Pow(10, Random.Next(-5, 300)) * (Random.Next(2) == 0 ? -1 : 1)),
        2 => JsonValue.Create(Random.NextInt64(long.MinValue, long.MaxValue)),
        3 => JsonValue.Create(new string(Enumerable.Range(0, Random.Next(0, 300)).Select(_ => (char)Random.Next(0, 0xD7FF)).ToArray())),
        4 => JsonValue.Create($"{Random.Next(-9999, 99999)}-{Random.Next(-1, 99)}-{Random.Next(-1, 99)}"),
        5 => JsonValue.Create(Random.Next(2) == 0),
        6 => new JsonArray(Enumerable.Range(0, Random.Next(0, 5)).Select(_ => RandomValue(depth + 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, Random.Next(0, 5)).Select(i => KeyValuePair.Create($"k{i}", RandomValue(depth + 1)))),
    };

    static ByteArrayContent Raw(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        Random.NextBytes(bytes);
        return bytes;
    }

    // ---- logs

    /// <summary>Error and critical log records the services exported under the sweep's trace.</summary>
    async Task<List<string>> ErrorLogsAsync(string traceId)
    {
        await Task.Delay(3000); // the services export logs in batches
        var json = await new DashboardTelemetry(platform).LogsJsonAsync(traceId);
        if (json.Length == 0) return [];
        var errors = new List<string>();
        foreach (var resource in JsonNode.Parse(json)!["data"]?["resourceLogs"]?.AsArray() ?? [])
        foreach (var scope in resource!["scopeLogs"]!.AsArray())
        foreach (var record in scope!["logRecords"]!.AsArray())
            if ((record!["severityNumber"]?.GetValue<int>() ?? 0) >= 17)
                errors.Add(Shorten(record["body"]?.ToJsonString() ?? ""));
        return errors;
    }
}
