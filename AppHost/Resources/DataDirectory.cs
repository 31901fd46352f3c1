using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

public static class DataDirectory
{
    /// <summary>Where local servers and SQLite files keep their data (<c>AppHost:DataDirectory</c>, default <c>.data/</c> at the repository root).</summary>
    public static string Resolve(IDistributedApplicationBuilder builder, params string[] parts)
    {
        var root = builder.Configuration["AppHost:DataDirectory"]
            ?? Path.Combine(builder.AppHostDirectory, "..", ".data");
        var path = Path.GetFullPath(Path.Combine([root, .. parts]));
        Directory.CreateDirectory(path);
        return path;
    }
}
