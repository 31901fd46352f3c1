using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Applicants;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Arrival.Features.RegisterFingerprints;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>An arrival with every Phase 3 record survives the round trip on SQLite and PostgreSQL, and the duplicate search reads it back.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ArrivalPersistenceTests(PostgresServer postgres)
{
    static readonly DateTimeOffset Opened = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Fingerprints_flags_medical_result_and_housing_contract_read_back_as_written(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "arrival");
        var clock = new FakeTimeProvider(Opened);
        var caseId = Guid.NewGuid();
        var prints = TenPrint.Check(
            Enum.GetValues<FingerPosition>().Where(p => p != FingerPosition.LeftLittle).Select(p => (p, SyntheticFingerprints.Capture(42, (int)p, 1))).ToList(),
            [new MissingFinger(FingerPosition.LeftLittle, MissingFingerReason.Amputated)]);
        var earlierCase = Guid.NewGuid();
        await using (var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock))
        {
            await db.Database.MigrateAsync();
            var arrival = ArrivalRecord.OpenWindow(caseId, "791028302728", "MS-2026-1", new DateOnly(2033, 1, 1), Opened.AddDays(30), Opened);
            arrival.RecordEntry(new DateOnly(2026, 11, 26), "910214400021", Opened.AddDays(1), Opened.AddDays(15));
            db.Arrivals.Add(arrival);
            await db.SaveChangesAsync();
        }
        // As the service does it: each step loads the arrival, changes it and saves.
        await using (var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock))
        {
            var arrival = (await db.FindArrivalAsync(caseId, CancellationToken.None))!;
            arrival.RegisterFingerprints(prints, [new DuplicateMatch(earlierCase, "900101400014", [FingerPosition.RightThumb, FingerPosition.RightIndex])], "910214400021", Opened.AddDays(1));
            arrival.RecordMedicalExamination(MedicalExamination.Of(new DateOnly(2026, 11, 26), "Polyclinic 4", "MED-7", fit: true, null), "910214400021", Opened.AddDays(1));
            arrival.RecordHousingContract(HousingContract.Of("Astana, Turan 24", "Too Ltd", "180540000012", new DateOnly(2026, 11, 1), new DateOnly(2027, 11, 1)), "910214400021", Opened.AddDays(1));
            await db.SaveChangesAsync();
        }

        await using var read = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection);
        var stored = (await read.FindArrivalAsync(caseId, CancellationToken.None))!;
        Assert.Equal(9, stored.Fingerprints.Count);
        Assert.Equal(new MissingFinger(FingerPosition.LeftLittle, MissingFingerReason.Amputated), Assert.Single(stored.MissingFingers));
        var flag = Assert.Single(stored.DuplicateFlags);
        Assert.Equal((earlierCase, "RightThumb,RightIndex"), (flag.MatchedCaseId, flag.Fingers));
        Assert.True(stored.AwaitsDuplicateClearance);
        Assert.Equal(("MED-7", true), (stored.MedicalExamination!.CertificateNumber, stored.MedicalExamination.Fit));
        Assert.Equal(("180540000012", new DateOnly(2027, 11, 1)), (stored.HousingContract!.LandlordIdentifier, stored.HousingContract.EndsOn));
        var thumb = stored.Fingerprints.Single(f => f.Position == FingerPosition.RightThumb);
        Assert.Equal(prints.Captured.Single(f => f.Position == FingerPosition.RightThumb).Template, thumb.Template);

    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_index_finds_the_same_fingers_under_another_iin_and_passes_over_other_people(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "arrival");
        var clock = new FakeTimeProvider(Opened.AddDays(1));
        await using (var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock))
            await db.Database.MigrateAsync();

        async Task<ArrivalRecord> RegisterAsync(string iin, int person, int capture)
        {
            var caseId = Guid.NewGuid();
            await using var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock);
            var arrival = ArrivalRecord.OpenWindow(caseId, iin, "MS-2026-1", new DateOnly(2033, 1, 1), Opened.AddDays(30), Opened);
            arrival.RecordEntry(new DateOnly(2026, 11, 26), "910214400021", Opened.AddDays(1), Opened.AddDays(15));
            db.Arrivals.Add(arrival);
            await db.SaveChangesAsync();
            var prints = TenPrint.Check(Enum.GetValues<FingerPosition>().Select(p => (p, SyntheticFingerprints.Capture(person, (int)p, capture))).ToList(), []);
            return await new RegisterFingerprintsHandler(db, clock, NullLogger<RegisterFingerprintsHandler>.Instance).HandleAsync(caseId, prints, "910214400021", CancellationToken.None);
        }

        var first = await RegisterAsync("791028302728", person: 42, capture: 1);
        for (var other = 0; other < 5; other++) await RegisterAsync("880512300129", person: 100 + other, capture: 1);
        var again = await RegisterAsync("900101400014", person: 42, capture: 2);

        Assert.Empty(first.DuplicateFlags);
        var flag = Assert.Single(again.DuplicateFlags);
        Assert.Equal((first.CaseId, "791028302728"), (flag.MatchedCaseId, flag.MatchedIin));
        await using var read = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection);
        Assert.True(await read.FingerprintIndexKeys.CountAsync(k => k.CaseId == again.CaseId) > 10 * 40);
    }
}
