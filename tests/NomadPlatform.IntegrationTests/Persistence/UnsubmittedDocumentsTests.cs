using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Features.UploadDocument;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.HubIntake.Infrastructure.Documents;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>
/// Uploads no submitted manifest names go after the retention, row and bytes; what an application names,
/// and bytes another upload still names, stay.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class UnsubmittedDocumentsTests(PostgresServer postgres)
{
    static readonly Iin Applicant = Iin.Parse("840315300017");
    static readonly Iin Other = Iin.Parse("791028302728");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Old_unsubmitted_uploads_are_removed_and_submitted_or_recent_ones_kept(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var connection = ProviderContexts.NewDatabase(provider, postgres, "uploads");
        await using var db = (HubIntakeDbContext)ProviderContexts.Create("HubIntake", provider, connection, clock);
        await db.Database.MigrateAsync();
        var store = new DocumentStore(Options.Create(new DocumentStoreOptions { Path = Path.Combine(Path.GetTempPath(), $"nomad-docs-{Guid.NewGuid():N}") }), clock);
        var options = Options.Create(new UploadOptions { UnsubmittedRetention = TimeSpan.FromDays(30) });
        var removal = new DocumentRemoval(db, store, clock);

        var abandoned = await UploadAsync(db, store, clock, Applicant, DocumentKind.Photo, "abandoned photo");
        var submitted = await UploadAsync(db, store, clock, Applicant, DocumentKind.Cv, "the CV that was filed");
        var shared = await UploadAsync(db, store, clock, Other, DocumentKind.ItPortfolio, "the same bytes, twice");
        db.Applications.Add(HubApplication.Submit(Applicant, "Aidos Seitkali", new DateOnly(2033, 1, 1), [new(DocumentKind.Cv, submitted.Sha256)],
            new ManifestSignature("{}"u8.ToArray(), [1, 2, 3], "01"), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        clock.Advance(TimeSpan.FromDays(25));
        var recent = await UploadAsync(db, store, clock, Applicant, DocumentKind.ItPortfolio, "the same bytes, twice");
        var sweeper = new UnsubmittedDocumentsSweeper(db, removal, new UnsubmittedDocumentsSweeper.Cursor(), options, clock, NullLogger<UnsubmittedDocumentsSweeper>.Instance);

        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(6));
        var removed = await sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal(2, removed); // the abandoned photo and the other applicant's old upload
        var left = await db.Documents.AsNoTracking().Select(d => d.Id).ToListAsync();
        Assert.Equal(new[] { submitted.Id, recent.Id }.Order(), left.Order());
        Assert.Throws<FileNotFoundException>(() => store.Open(abandoned.Sha256).Dispose());
        using (store.Open(submitted.Sha256)) { }
        using (store.Open(shared.Sha256)) { } // the recent upload names the same bytes
    }

    static async Task<ApplicantDocument> UploadAsync(HubIntakeDbContext db, DocumentStore store, TimeProvider clock, Iin iin, DocumentKind kind, string text)
    {
        var (sha256, size) = await store.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None);
        var document = ApplicantDocument.Accept(iin.Value, kind, ContentKind.Pdf, sha256, size, $"{kind}.pdf", [], clock.GetUtcNow());
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document;
    }
}
