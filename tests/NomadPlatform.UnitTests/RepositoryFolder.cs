namespace NomadPlatform.UnitTests;

/// <summary>The repository's root (where NomadPlatform.sln is), for tests that read its sources, pages and schemas.</summary>
internal static class RepositoryFolder
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NomadPlatform.sln"))) return folder.FullName;
        throw new InvalidOperationException("The repository root (NomadPlatform.sln) is not above the test's folder.");
    }
}
