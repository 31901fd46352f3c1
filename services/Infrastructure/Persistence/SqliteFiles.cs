using Microsoft.Data.Sqlite;

namespace NomadPlatform.Infrastructure.Persistence;

static class SqliteFiles
{
    public static void EnsureDirectory(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }
}
