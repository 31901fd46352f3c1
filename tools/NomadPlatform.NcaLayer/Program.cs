using System.Globalization;
using NomadPlatform.Eds.Signing;
using NomadPlatform.NcaLayer;

// ncalayer-dev --auth <file.p12> --sign <file.p12> --password-file <file> [--port 13579] [--clock-offset-file <file>]
var options = args.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
if (!options.ContainsKey("--auth") && !options.ContainsKey("--sign"))
{
    Console.Error.WriteLine("""
        ncalayer-dev: NCALayer's WebSocket protocol for development and tests, signing with PKCS#12 files without asking.
          --auth <file.p12>          the authentication (sign-in) key
          --sign <file.p12>          the signing key
          --password-file <file>     the files' password (one line), or
          --password <text>          the password itself (a development key's only)
          --port <n>                 default 13579, NCALayer's own
          --clock-offset-file <file> a simulation's clock offset (.data/simulation/clock-offset): signing times follow it
        """);
    return 2;
}
var password = options.TryGetValue("--password-file", out var passwordFile) ? File.ReadAllText(passwordFile).Trim()
    : options.GetValueOrDefault("--password", "");
var keys = new NcaLayerKeys(
    options.TryGetValue("--auth", out var auth) ? EdsSigner.OpenKeyFile(File.ReadAllBytes(auth), password) : null,
    options.TryGetValue("--sign", out var sign) ? EdsSigner.OpenKeyFile(File.ReadAllBytes(sign), password) : null);
var port = options.TryGetValue("--port", out var portText) ? int.Parse(portText, CultureInfo.InvariantCulture) : NcaLayerServer.DefaultPort;
Func<DateTimeOffset> clock = options.TryGetValue("--clock-offset-file", out var offsetFile)
    ? () => DateTimeOffset.UtcNow + (File.Exists(offsetFile) ? TimeSpan.Parse(File.ReadAllText(offsetFile).Trim(), CultureInfo.InvariantCulture) : TimeSpan.Zero)
    : () => DateTimeOffset.UtcNow;

await using var server = await NcaLayerServer.StartAsync(keys, port, clock);
Console.WriteLine($"Signing at {server.Url} (open https://127.0.0.1:{server.Url.Port}/ once in the browser to accept its certificate). Ctrl+C stops.");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
await stop.Task;
return 0;
