using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Approval.Infrastructure.Endorsements;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Features.FileRpApplication;

/// <summary>
/// The applicant files the electronic RP application: the form, the Hub endorsement's number (which
/// the Hub confirms) and a state-duty payment no other case has used.
/// </summary>
public sealed class FileRpApplicationHandler(ApprovalDbContext db, StateDutyTariff tariff, EndorsementVerifier endorsements, TimeProvider time)
{
    public async Task<RpApplication> HandleAsync(Guid caseId, string endorsementNumber, RpApplicationForm form, string paymentReference, decimal amountKzt, DateOnly paidOn,
        CancellationToken cancellationToken)
    {
        var application = await db.RpApplications.FindAsync([caseId], cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", caseId);
        if (application.EndorsementNumber != endorsementNumber)
            throw new CaseRuleViolation($"Endorsement {endorsementNumber} is not the one Astana Hub issued for case {caseId}.");
        await endorsements.ConfirmAsync(endorsementNumber, caseId, cancellationToken);
        if (await db.DutyPayments.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == paymentReference, cancellationToken) is { } used)
            throw new CaseRuleViolation($"Payment reference {paymentReference} was already used for case {used.CaseId}; a payment pays once.");

        var now = time.GetUtcNow();
        var payment = DutyPayment.Accept(caseId, paymentReference, amountKzt, paidOn, tariff, now);
        application.File(form, payment, now);
        db.DutyPayments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
