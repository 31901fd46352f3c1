namespace NomadPlatform.Eds.Cli;

public sealed record SignInOptions(Uri Identity, string KeyFile, string Password, bool Json, DateTimeOffset? At)
{
    public const string Usage = """
        usage: eds-sign sign-in --identity <url> --key <auth.p12> --password <password> [--json] [--time <ISO 8601>]
          Signs in at Identity with the EDS authentication key in <auth.p12>: asks for a challenge, signs it
          (attached CMS) and prints the access token (with --json: access token, refresh token and expiry).
          Use it as: curl -H "Authorization: Bearer $(eds-sign sign-in …)" …
          --time signs the challenge as at that moment (a simulation's clock); default: now.
        """;

    public static SignInOptions? Parse(string[] args)
    {
        string? identity = null, key = null, password = Environment.GetEnvironmentVariable("EDS_KEY_PASSWORD");
        var json = false;
        DateTimeOffset? at = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--identity": identity = Next(); break;
                case "--key": key = Next(); break;
                case "--password": password = Next(); break;
                case "--json": json = true; break;
                case "--time" when DateTimeOffset.TryParse(Next(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time): at = time; break;
                default: return null;
            }
        }
        return identity is null || key is null || password is null || !Uri.TryCreate(identity, UriKind.Absolute, out var uri)
            ? null
            : new SignInOptions(uri, key, password, json, at);
    }
}
