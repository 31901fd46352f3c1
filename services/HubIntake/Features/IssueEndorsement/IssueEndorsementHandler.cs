using Microsoft.EntityFrameworkCore;
using NomadPlatform.Eds.Signing;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Endorsements;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Seal;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.HubIntake.Features.IssueEndorsement;

/// <summary>
/// A Hub officer endorses the application: the next number of the year, the endorsement document
/// signed with the Hub's seal, and the event that carries both to Phase 2 — one transaction.
/// </summary>
public sealed class IssueEndorsementHandler(HubIntakeDbContext db, OrganisationSeal seal, TimeProvider time)
{
    const int Attempts = 10;

    /// <summary>
    /// This process numbers one endorsement at a time: concurrent officers would all read the same
    /// counter and all but one fail (on a database with concurrent writers, more often than the retries
    /// absorb). Another Hub instance taking a number meanwhile is what the retries are for.
    /// </summary>
    static readonly SemaphoreSlim Numbering = new(1, 1);

    public async Task<HubApplication> HandleAsync(Guid caseId, string officerIin, CancellationToken cancellationToken)
    {
        await Numbering.WaitAsync(cancellationToken);
        try
        {
            return await EndorseWithRetriesAsync(caseId, officerIin, cancellationToken);
        }
        finally
        {
            Numbering.Release();
        }
    }

    async Task<HubApplication> EndorseWithRetriesAsync(Guid caseId, string officerIin, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await EndorseAsync(caseId, officerIin, cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && (exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception)))
            {
                // Another officer took the same number (or started the year's counter first): take the next one.
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    async Task<HubApplication> EndorseAsync(Guid caseId, string officerIin, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindAsync([caseId], cancellationToken)
            ?? throw CaseNotFound.For("Hub application", caseId);
        if (application.Status != HubApplicationStatus.Interviewed)
            throw new CaseRuleViolation("hub.not-interviewed", $"An application that is {application.Status} cannot be endorsed; it must be {HubApplicationStatus.Interviewed}.");
        var key = await seal.GetAsync(cancellationToken);
        var now = time.GetUtcNow();

        var counter = await db.EndorsementCounters.FindAsync([now.Year], cancellationToken);
        if (counter is null) db.EndorsementCounters.Add(counter = EndorsementCounter.Start(now.Year));
        var document = application.EndorsementFor(counter.Next(), seal.Bin, OrganisationSeal.OrganisationOf(key), now);
        var cms = EdsSigner.Sign(document.ToBytes(), key, detached: false, now);
        application.Endorse(new SignedEndorsement(document.Number, cms, seal.Bin), officerIin, now);

        foreach (var deadline in await db.Deadlines.Where(d => d.CaseId == caseId && d.MetAt == null).ToListAsync(cancellationToken))
            deadline.Meet(now);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
