using System.Text.Json;
using NomadPlatform.Applicants;

// applicant-dossier --out DIR --iin IIN --passport-expires YYYY-MM-DD [--name "Dana Nomad"] [--citizenship DE ...] [--filed-on YYYY-MM-DD]
// Writes a synthetic applicant's seven kinds of document, files.tsv (kind, file, content type), the
// manifest.json that lists them by SHA-256, ready to upload, sign (eds-sign) and submit, and
// fingerprints.json: the ten-print a capture station sends on arrival (ISO/IEC 19794-2 templates).
var options = new Dictionary<string, List<string>>();
string? key = null;
foreach (var arg in args)
{
    if (arg.StartsWith("--", StringComparison.Ordinal)) options.TryAdd(key = arg[2..], []);
    else if (key is not null) options[key].Add(arg);
    else return Usage($"Unexpected argument {arg}.");
}
string? One(string name) => options.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

if (One("out") is not { } output || One("iin") is not { } iin || !DateOnly.TryParse(One("passport-expires"), out var passportExpiresOn))
    return Usage("--out, --iin and --passport-expires are required.");
var filedOn = One("filed-on") is { } filed ? DateOnly.Parse(filed) : DateOnly.FromDateTime(DateTime.UtcNow);
var citizenships = options.TryGetValue("citizenship", out var countries) && countries.Count > 0 ? countries : ["DE"];

var dossier = ApplicantDossier.Create(One("name") ?? "Dana Nomad", citizenships, filedOn);
Directory.CreateDirectory(output);
var index = new List<string>();
foreach (var file in dossier.Files)
{
    var path = Path.Combine(output, file.FileName);
    File.WriteAllBytes(path, file.Bytes);
    index.Add($"{file.Kind}\t{path}\t{file.ContentType}");
}
File.WriteAllLines(Path.Combine(output, "files.tsv"), index);
File.WriteAllBytes(Path.Combine(output, "manifest.json"), JsonSerializer.SerializeToUtf8Bytes(dossier.Manifest(iin, passportExpiresOn)));
var fingerprintPerson = Math.Abs(BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(iin))) % 1_000_000);
File.WriteAllBytes(Path.Combine(output, "fingerprints.json"),
    JsonSerializer.SerializeToUtf8Bytes(new { fingers = SyntheticFingerprints.TenPrint(fingerprintPerson, capture: 1) }));
Console.WriteLine(Path.Combine(output, "manifest.json"));
return 0;

static int Usage(string problem)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine("usage: applicant-dossier --out DIR --iin IIN --passport-expires YYYY-MM-DD [--name NAME] [--citizenship CC ...] [--filed-on YYYY-MM-DD]");
    return 2;
}
