namespace NomadPlatform.Eds.Cli;

public sealed record SignOptions(string KeyFile, string Password, string InputFile, string? OutputFile, bool Detached, bool Base64, DateTimeOffset? At)
{
    public const string Usage = """
        usage: eds-sign --key <file.p12> --password <password> --in <file> [--out <file.p7s>] [--detached] [--base64] [--time <ISO 8601>]
          Signs <file> (a document or JSON, signed byte for byte) with the EDS key in <file.p12>.
          Without --out the CMS signature is written to standard output as base64.
          The password may also come from the environment variable EDS_KEY_PASSWORD.
          --time signs as at that moment (a simulation's clock, scripts/demo.sh --simulated); default: now.
        """;

    public static SignOptions? Parse(string[] args)
    {
        string? key = null, password = Environment.GetEnvironmentVariable("EDS_KEY_PASSWORD"), input = null, output = null;
        bool detached = false, base64 = false;
        DateTimeOffset? at = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--key": key = Next(); break;
                case "--password": password = Next(); break;
                case "--in": input = Next(); break;
                case "--out": output = Next(); break;
                case "--detached": detached = true; break;
                case "--base64": base64 = true; break;
                case "--time" when DateTimeOffset.TryParse(Next(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time): at = time; break;
                default: return null;
            }
        }
        return key is null || password is null || input is null ? null : new SignOptions(key, password, input, output, detached, base64, at);
    }
}
