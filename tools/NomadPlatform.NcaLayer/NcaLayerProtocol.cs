using System.Text.Json;
using System.Text.Json.Nodes;
using NomadPlatform.Eds.Signing;

namespace NomadPlatform.NcaLayer;

/// <summary>
/// The requests of NCALayer's <c>kz.gov.pki.knca.commonUtils</c> module that sign-in and signing pages
/// make: <c>getActiveTokens</c>, <c>getKeyInfo</c>, <c>createCAdESFromBase64</c> (and its older name
/// <c>createCMSSignatureFromBase64</c>). Answers carry NCALayer's <c>code</c> ("200" or "500"),
/// <c>message</c> and <c>responseObject</c>.
/// </summary>
public static class NcaLayerProtocol
{
    public const string Module = "kz.gov.pki.knca.commonUtils";
    public const string Version = "1.4";

    /// <summary>The first message on a new connection, as NCALayer sends it.</summary>
    public static string Greeting => new JsonObject { ["result"] = new JsonObject { ["version"] = Version } }.ToJsonString();

    public static string Answer(string request, NcaLayerKeys keys, DateTimeOffset now)
    {
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(request) as JsonObject;
        }
        catch (JsonException)
        {
            return Failure("Not a JSON request.");
        }
        if (message?["module"]?.GetValue<string>() != Module) return Failure($"Only the module {Module} is served.");
        var args = message["args"] as JsonArray ?? [];
        return message["method"]?.GetValue<string>() switch
        {
            "getActiveTokens" => Success(new JsonArray()),
            "getKeyInfo" => KeyInfo(keys.For(Arg(args, 1) ?? "SIGNATURE")),
            "createCAdESFromBase64" or "createCMSSignatureFromBase64" => Sign(args, keys, now),
            var other => Failure($"The method {other} is not served by this development signer."),
        };
    }

    static string Sign(JsonArray args, NcaLayerKeys keys, DateTimeOffset now)
    {
        if (Arg(args, 0) != "PKCS12") return Failure("Only the file storage (PKCS12) is served.");
        if (keys.For(Arg(args, 1)) is not { } key) return Failure("action.canceled");
        byte[] data;
        try
        {
            data = Convert.FromBase64String(Arg(args, 2) ?? "");
        }
        catch (FormatException)
        {
            return Failure("The data to sign is not base64.");
        }
        var attach = args.Count > 3 && args[3]?.GetValueKind() == JsonValueKind.True;
        return Success(JsonValue.Create(Convert.ToBase64String(EdsSigner.Sign(data, key, detached: !attach, now))));
    }

    static string KeyInfo(Eds.EdsKeyFile? key) => key is null
        ? Failure("action.canceled")
        : Success(new JsonObject
        {
            ["subjectDn"] = key.Certificate.Subject,
            ["issuerDn"] = key.Certificate.Issuer,
            ["serialNumber"] = key.Certificate.SerialNumber,
            ["certNotBefore"] = key.Certificate.NotBefore.ToUniversalTime().ToString("O"),
            ["certNotAfter"] = key.Certificate.NotAfter.ToUniversalTime().ToString("O"),
            ["pem"] = key.Certificate.ExportCertificatePem(),
        });

    static string? Arg(JsonArray args, int index) =>
        index < args.Count && args[index]?.GetValueKind() == JsonValueKind.String ? args[index]!.GetValue<string>() : null;

    static string Success(JsonNode? responseObject) =>
        new JsonObject { ["code"] = "200", ["message"] = "", ["responseObject"] = responseObject }.ToJsonString();

    static string Failure(string message) => new JsonObject { ["code"] = "500", ["message"] = message }.ToJsonString();
}
