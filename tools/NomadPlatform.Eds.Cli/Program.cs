using System.Security.Cryptography;
using NomadPlatform.Eds.Cli;
using NomadPlatform.Eds.Signing;

// eds-sign: signs a file or JSON document with an EDS file key (PKCS#12), as CMS/PKCS#7.
if (SignOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(SignOptions.Usage);
    return 2;
}

try
{
    using var key = EdsSigner.OpenKey(File.ReadAllBytes(options.KeyFile), options.Password);
    var cms = EdsSigner.Sign(File.ReadAllBytes(options.InputFile), key, options.Detached, DateTimeOffset.UtcNow);
    if (options.OutputFile is { } output)
        File.WriteAllBytes(output, options.Base64 ? System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(cms)) : cms);
    else
        Console.WriteLine(Convert.ToBase64String(cms));
    return 0;
}
catch (Exception exception) when (exception is IOException or CryptographicException or UnauthorizedAccessException or ArgumentException)
{
    Console.Error.WriteLine($"eds-sign: {exception.Message}");
    return 1;
}
