using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>
/// Twin instances starting at once must not both apply a migration: on PostgreSQL, EF Core's own lock let
/// two twins run the same migration (the second failed on "column already exists" and the instance died at
/// start). Here the database is created if missing (a twin may create it a moment before), then migrated
/// while holding a session advisory lock named after the database.
/// </summary>
public static class PostgresMigrationLock
{
    const string DuplicateDatabase = "42P04";

    public static async Task MigrateAsync(DbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState == DuplicateDatabase)
            {
            }
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(hashtext(current_database()))", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(hashtext(current_database()))", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
