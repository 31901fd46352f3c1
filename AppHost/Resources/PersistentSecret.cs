using System.Security.Cryptography;

namespace NomadPlatform.AppHost.Resources;

public static class PersistentSecret
{
    /// <summary>
    /// A secret parameter: from configuration (<c>Parameters:&lt;name&gt;</c>) when given, else generated
    /// once and kept under the data folder, so that what it protects stays readable across runs.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddPersistentSecret(this IDistributedApplicationBuilder builder, string name)
    {
        if (!string.IsNullOrEmpty(builder.Configuration[$"Parameters:{name}"]))
            return builder.AddParameter(name, secret: true);

        var file = Path.Combine(DataDirectory.Resolve(builder, "secrets"), name);
        if (!File.Exists(file))
        {
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return builder.AddParameter(name, File.ReadAllText(file).Trim(), secret: true);
    }
}
