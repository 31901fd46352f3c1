using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Persistence;

// audit-verify --provider <Sqlite|Postgres|SqlServer> --connection "<connection string>"
// Exit 0: the chain holds; 1: it breaks (the first broken entry is named); 2: the command was wrong.
if (Option("--connection") is not { Length: > 0 } connection
    || !Enum.TryParse<DatabaseProvider>(Option("--provider") ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true, out var provider))
{
    Console.Error.WriteLine("usage: audit-verify --provider <Sqlite|Postgres|SqlServer> --connection \"<connection string>\"");
    return 2;
}

var options = new DbContextOptionsBuilder<AuditLogDbContext>();
_ = provider switch
{
    DatabaseProvider.Sqlite => options.UseSqlite(connection),
    DatabaseProvider.Postgres => options.UseNpgsql(connection),
    _ => options.UseSqlServer(connection),
};
await using var db = new AuditLogDbContext(options.Options);
var report = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
Console.WriteLine(report.Intact
    ? $"Intact: {report.Linked} entries linked, {report.Unlinked} awaiting linking."
    : $"BROKEN at entry {report.BrokenAt}: {report.Problem}. The {report.Linked} entries before it hold.");
return report.Intact ? 0 : 1;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

/// <summary>Any service's database, read for its audit log alone.</summary>
sealed class AuditLogDbContext(DbContextOptions<AuditLogDbContext> options) : ServiceDbContext(options);
