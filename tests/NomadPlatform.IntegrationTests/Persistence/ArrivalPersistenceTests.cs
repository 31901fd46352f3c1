using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task A_twins_gallery_finds_the_same_fingers_under_another_iin_and_passes_over_other_people(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Opened.AddDays(1));
        var connection = await MigratedDatabaseAsync(provider, clock);
        // Two instances of Arrival, each with its own gallery in memory, over one database.
        var twins = new[] { Gallery(clock), Gallery(clock) };

        async Task<ArrivalRecord> RegisterAsync(ResidentFingerprintGallery gallery, string iin, int person, int capture)
        {
            var caseId = await OpenArrivalAsync(provider, connection, clock, iin);
            await using var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock);
            return await new RegisterFingerprintsHandler(db, gallery, clock, NullLogger<RegisterFingerprintsHandler>.Instance)
                .HandleAsync(caseId, TenPrintOf(person, capture), "910214400021", CancellationToken.None);
        }

        var first = await RegisterAsync(twins[0], "791028302728", person: 42, capture: 1);
        for (var other = 0; other < 5; other++) await RegisterAsync(twins[other % 2], "880512300129", person: 100 + other, capture: 1);
        var again = await RegisterAsync(twins[1], "900101400014", person: 42, capture: 2);
        var third = await RegisterAsync(twins[0], "910214400021", person: 42, capture: 3);

        Assert.Empty(first.DuplicateFlags);
        var flag = Assert.Single(again.DuplicateFlags);
        Assert.Equal((first.CaseId, "791028302728"), (flag.MatchedCaseId, flag.MatchedIin));
        Assert.Equal(new[] { first.CaseId, again.CaseId }.Order(), third.DuplicateFlags.Select(f => f.MatchedCaseId).Order());
        await using var read = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection);
        var stored = await read.FingerprintRegistrations.SingleAsync(r => r.CaseId == again.CaseId);
        Assert.True(stored.IndexKeys().Count() > 10 * 40);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Ten_prints_stored_before_the_gallery_are_given_their_keys_at_start_and_found(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(Opened.AddDays(1));
        var connection = await MigratedDatabaseAsync(provider, clock);
        var earlier = await OpenArrivalAsync(provider, connection, clock, "791028302728");
        await using (var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock))
        {
            // As a ten-print was stored before the gallery: templates only.
            var arrival = (await db.FindArrivalAsync(earlier, CancellationToken.None))!;
            arrival.RegisterFingerprints(TenPrintOf(person: 7, capture: 1), [], "910214400021", clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddLogging()
            .AddSingleton<ResidentFingerprintGallery>()
            .AddScoped(_ => (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock))
            .AddScoped<ServiceDbContext>(scope => scope.GetRequiredService<ArrivalDbContext>())
            .BuildServiceProvider();

        await services.LoadFingerprintGalleryAsync();

        var later = await OpenArrivalAsync(provider, connection, clock, "900101400014");
        await using var read = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock);
        Assert.Single(await read.FingerprintRegistrations.Where(r => r.CaseId == earlier).ToListAsync());
        var found = await new RegisterFingerprintsHandler(read, services.GetRequiredService<ResidentFingerprintGallery>(), clock, NullLogger<RegisterFingerprintsHandler>.Instance)
            .HandleAsync(later, TenPrintOf(person: 7, capture: 2), "910214400021", CancellationToken.None);
        Assert.Equal(earlier, Assert.Single(found.DuplicateFlags).MatchedCaseId);
    }

    async Task<string> MigratedDatabaseAsync(DatabaseProvider provider, TimeProvider clock)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "arrival");
        await using var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock);
        await db.Database.MigrateAsync();
        return connection;
    }

    static TenPrint TenPrintOf(int person, int capture) =>
        TenPrint.Check(Enum.GetValues<FingerPosition>().Select(p => (p, SyntheticFingerprints.Capture(person, (int)p, capture))).ToList(), []);

    static ResidentFingerprintGallery Gallery(TimeProvider clock) => new(clock, NullLogger<ResidentFingerprintGallery>.Instance);

    static async Task<Guid> OpenArrivalAsync(DatabaseProvider provider, string connection, TimeProvider clock, string iin)
    {
        var caseId = Guid.NewGuid();
        await using var db = (ArrivalDbContext)ProviderContexts.Create("Arrival", provider, connection, clock);
        var arrival = ArrivalRecord.OpenWindow(caseId, iin, "MS-2026-1", new DateOnly(2033, 1, 1), Opened.AddDays(30), Opened);
        arrival.RecordEntry(new DateOnly(2026, 11, 26), "910214400021", Opened.AddDays(1), Opened.AddDays(15));
        db.Arrivals.Add(arrival);
        await db.SaveChangesAsync();
        return caseId;
    }
}
