using NomadPlatform.Eds.Signing;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Endorsements;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Seal;

namespace NomadPlatform.HubIntake.Features.IssueEndorsement;

/// <summary>
/// An officer re-seals an issued endorsement with the Hub's current seal, after the CA revoked the one
/// that signed it and Approval refused it (the case then shows on Approval's list of cases at risk).
/// </summary>
public sealed class ResealEndorsementHandler(HubIntakeDbContext db, OrganisationSeal seal, TimeProvider time)
{
    public async Task<HubApplication> HandleAsync(Guid caseId, string officerIin, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindAsync([caseId], cancellationToken) ?? throw CaseNotFound.For("Hub application", caseId);
        var key = await seal.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var document = application.ResealedEndorsement(seal.Bin, OrganisationSeal.OrganisationOf(key));
        application.Reseal(new SignedEndorsement(document.Number, EdsSigner.Sign(document.ToBytes(), key, detached: false, now), seal.Bin), officerIin, now);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
