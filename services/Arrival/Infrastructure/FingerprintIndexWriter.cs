using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.Arrival.Infrastructure;

/// <summary>
/// Writes a ten-print's index keys (about 1,300) in one statement from one JSON parameter, inside the
/// caller's transaction: tracked one by one, they cost more than the rest of the registration.
/// </summary>
public static class FingerprintIndexWriter
{
    public static Task<int> AddAsync(ArrivalDbContext db, Guid caseId, string iin, IEnumerable<CapturedFinger> fingers, CancellationToken cancellationToken)
    {
        var keys = JsonSerializer.Serialize(fingers.SelectMany(f => FingerprintIndex.KeysOf(f.Position, f.Record.Minutiae).Select(key => new { k = key, p = (int)f.Position })));
        FormattableString insert = db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => $"""
                INSERT INTO "FingerprintIndexKeys" ("Key", "CaseId", "Position", "Iin")
                SELECT json_extract(value, '$.k'), {caseId}, json_extract(value, '$.p'), {iin} FROM json_each({keys})
                """,
            "Npgsql.EntityFrameworkCore.PostgreSQL" => $"""
                INSERT INTO "FingerprintIndexKeys" ("Key", "CaseId", "Position", "Iin")
                SELECT k.k, {caseId}, k.p, {iin} FROM jsonb_to_recordset(CAST({keys} AS jsonb)) AS k(k integer, p integer)
                """,
            "Microsoft.EntityFrameworkCore.SqlServer" => $"""
                INSERT INTO [FingerprintIndexKeys] ([Key], [CaseId], [Position], [Iin])
                SELECT k.k, {caseId}, k.p, {iin} FROM OPENJSON({keys}) WITH (k int '$.k', p int '$.p') AS k
                """,
            var provider => throw new NotSupportedException($"No index insert for {provider}."),
        };
        return db.Database.ExecuteSqlAsync(insert, cancellationToken);
    }
}
