using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.PscIssuance.Domain;
using NomadPlatform.PscIssuance.Infrastructure;

namespace NomadPlatform.PscIssuance.Features.IssuePermit;

/// <summary>Issues the permit from the documents the PSC took; asking again returns the permit already issued.</summary>
public sealed class IssuePermitHandler(PscIssuanceDbContext db, TimeProvider time)
{
    public async Task<(ResidencePermit Permit, bool Issued)> HandleAsync(Guid caseId, string officerIin, CancellationToken cancellationToken)
    {
        if (await db.Permits.FindAsync([caseId], cancellationToken) is { } existing) return (existing, false);

        var submission = await db.Submissions.FindAsync([caseId], cancellationToken)
            ?? throw new CaseRuleViolation("psc.no-documents", $"No documents for case {caseId} were handed in at a PSC yet.");
        var permit = ResidencePermit.Issue(caseId, submission.Iin, submission.HousingAddress, submission.PassportExpiresOn, officerIin, time.GetUtcNow());
        db.Permits.Add(permit);
        submission.RecordPermit(permit.IssuedAt);
        await db.SaveChangesAsync(cancellationToken);
        return (permit, true);
    }
}
