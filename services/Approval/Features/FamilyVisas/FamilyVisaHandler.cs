using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain.FamilyVisas;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Features.FamilyVisas;

/// <summary>Issues and renews C2 family visas against the principal's case and permit.</summary>
public sealed class FamilyVisaHandler(ApprovalDbContext db, TimeProvider time)
{
    public async Task<FamilyVisa> IssueAsync(Guid principalCaseId, string memberName, FamilyRelationship relationship, DateOnly birthDate, string passportNumber,
        string officerIin, CancellationToken cancellationToken)
    {
        var principal = await db.RpApplications.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == principalCaseId, cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", principalCaseId);
        if (await db.FamilyVisas.AnyAsync(v => v.PrincipalCaseId == principalCaseId && v.MemberPassportNumber == passportNumber, cancellationToken))
            throw new CaseRuleViolation("approval.visa-already-held", $"The family member with passport {passportNumber} already holds a C2 visa on case {principalCaseId}; renew it instead.");
        var now = time.GetUtcNow();
        var number = $"C2-{now:yyyy}-{Guid.CreateVersion7(now).ToString("N")[^10..].ToUpperInvariant()}";
        var visa = FamilyVisa.Issue(number, principalCaseId, principal.PermitValidUntil, memberName, relationship, birthDate, passportNumber, officerIin, now);
        db.FamilyVisas.Add(visa);
        await db.SaveChangesAsync(cancellationToken);
        return visa;
    }

    public async Task<FamilyVisa> RenewAsync(string number, string officerIin, CancellationToken cancellationToken)
    {
        var visa = await db.FamilyVisas.SingleOrDefaultAsync(v => v.Number == number, cancellationToken)
            ?? throw new CaseNotFound("approval.visa-unknown", $"No C2 visa numbered {number}.");
        var permitValidUntil = await db.RpApplications.AsNoTracking().Where(a => a.CaseId == visa.PrincipalCaseId)
            .Select(a => a.PermitValidUntil).SingleAsync(cancellationToken);
        visa.Renew(permitValidUntil, officerIin, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visa;
    }
}
