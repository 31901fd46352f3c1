namespace NomadPlatform.AppHost.Resources;

public static class SecretFileExtensions
{
    /// <summary>
    /// Hands <paramref name="secrets"/> (configuration key → value) to the service as files in its own
    /// directory under <c>.data/secrets/services/</c> (directory 0700, files 0600); the service's
    /// environment, which the dashboard shows, carries only the directory's path (<c>Secrets__Directory</c>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSecretFiles(this IResourceBuilder<ProjectResource> service,
        IDistributedApplicationBuilder builder, IReadOnlyDictionary<string, string> secrets)
    {
        var directory = DataDirectory.Resolve(builder, "secrets", "services", service.Resource.Name);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var stale in Directory.GetFiles(directory).Where(f => !secrets.ContainsKey(Path.GetFileName(f).Replace("__", ":"))))
            File.Delete(stale);
        foreach (var (key, value) in secrets)
        {
            var file = Path.Combine(directory, key.Replace(":", "__"));
            File.WriteAllText(file, value);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return service.WithEnvironment("Secrets__Directory", directory);
    }
}
