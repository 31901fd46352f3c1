using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Persistence;

// audit-verify --provider <Sqlite|Postgres|SqlServer> --connection "<connection string>" [--ca <certificate file>]...
// Exit 0: the chain and its seals hold; 1: they break (the first broken entry is named); 2: the command was wrong.
const string Usage = "usage: audit-verify --provider <Sqlite|Postgres|SqlServer> --connection \"<connection string>\" [--ca <CA certificate, DER or PEM>]...";
if (Option("--connection") is not { Length: > 0 } connection
    || !Enum.TryParse<DatabaseProvider>(Option("--provider") ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true, out var provider))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

List<X509Certificate2> authorities;
try
{
    authorities = [.. Options("--ca").Select(Load)];
}
catch (Exception exception) when (exception is IOException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"A --ca certificate cannot be read: {exception.Message}");
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
var report = await AuditChainVerifier.VerifyAsync(db, authorities, CancellationToken.None);
var sealedPart = report.Seals == 0
    ? "No seal yet: the chain alone holds its entries (a removed end would not show)."
    : $"{report.Seals} seals hold, the last over entry {report.SealedUpTo} at {report.LastSealedAt:O}; "
      + (authorities.Count == 0 ? "each checked against the certificate it carries (give --ca to check the CA too)." : "each certified by the given CA.");
Console.WriteLine(report.Intact
    ? $"Intact: {report.Linked} entries linked, {report.Unlinked} awaiting linking. {sealedPart}"
    : $"BROKEN at entry {report.BrokenAt}: {report.Problem}. The {report.Linked} entries before it hold. {sealedPart}");
return report.Intact ? 0 : 1;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

IEnumerable<string> Options(string name) => args.Select((arg, i) => (arg, i)).Where(a => a.arg == name && a.i + 1 < args.Length).Select(a => args[a.i + 1]);

static X509Certificate2 Load(string path)
{
    var bytes = File.ReadAllBytes(path);
    return bytes.AsSpan().IndexOf("-----BEGIN"u8) >= 0
        ? X509Certificate2.CreateFromPem(System.Text.Encoding.ASCII.GetString(bytes))
        : X509CertificateLoader.LoadCertificate(bytes);
}

/// <summary>Any service's database, read for its audit log and seals alone.</summary>
sealed class AuditLogDbContext(DbContextOptions<AuditLogDbContext> options) : ServiceDbContext(options);
