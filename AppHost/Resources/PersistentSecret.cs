using System.Security.Cryptography;

namespace NomadPlatform.AppHost.Resources;

public static class PersistentSecret
{
    /// <summary>
    /// A secret's value: from configuration (<c>Parameters:&lt;name&gt;</c>) when given, else generated
    /// once and kept under the data folder (readable only by this user), so that what it protects stays
    /// readable across runs. It reaches a service only as a file (<see cref="SecretFileExtensions"/>),
    /// never through the app model, where the dashboard would show it.
    /// </summary>
    public static string PersistentSecretValue(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration[$"Parameters:{name}"] is { Length: > 0 } configured) return configured;

        var file = Path.Combine(DataDirectory.Resolve(builder, "secrets"), name);
        if (!File.Exists(file))
        {
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return File.ReadAllText(file).Trim();
    }
}
