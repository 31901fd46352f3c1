using System.Security.Cryptography;
using System.Text.Json;
using NomadPlatform.Eds.Cli;
using NomadPlatform.Eds.Signing;

// eds-sign: signs a file or JSON document with an EDS file key (PKCS#12), as CMS/PKCS#7;
// eds-sign sign-in: signs in at Identity with an EDS authentication key.
try
{
    if (args is ["sign-in", .. var rest])
    {
        if (SignInOptions.Parse(rest) is not { } signIn)
        {
            Console.Error.WriteLine(SignInOptions.Usage);
            return 2;
        }
        using var key = EdsSigner.OpenKeyFile(File.ReadAllBytes(signIn.KeyFile), signIn.Password);
        using var identity = new HttpClient { BaseAddress = signIn.Identity };
        var tokens = await EdsSignIn.SignInAsync(identity, key, signIn.At ?? DateTimeOffset.UtcNow);
        Console.WriteLine(signIn.Json ? JsonSerializer.Serialize(tokens, JsonSerializerOptions.Web) : tokens.AccessToken);
        return 0;
    }

    if (SignOptions.Parse(args) is not { } options)
    {
        Console.Error.WriteLine(SignOptions.Usage);
        Console.Error.WriteLine(SignInOptions.Usage);
        return 2;
    }
    using var signingKey = EdsSigner.OpenKeyFile(File.ReadAllBytes(options.KeyFile), options.Password);
    var cms = EdsSigner.Sign(File.ReadAllBytes(options.InputFile), signingKey, options.Detached, options.At ?? DateTimeOffset.UtcNow);
    if (options.OutputFile is { } output)
        File.WriteAllBytes(output, options.Base64 ? System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(cms)) : cms);
    else
        Console.WriteLine(Convert.ToBase64String(cms));
    return 0;
}
catch (SignInRefused refused)
{
    Console.Error.WriteLine($"eds-sign: sign-in refused: {refused.Description} ({refused.Error})");
    return 1;
}
catch (Exception exception) when (exception is IOException or CryptographicException or UnauthorizedAccessException or ArgumentException or HttpRequestException or NotSupportedException)
{
    Console.Error.WriteLine($"eds-sign: {exception.Message}");
    return 1;
}
