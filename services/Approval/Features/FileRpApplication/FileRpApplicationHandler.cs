using Microsoft.EntityFrameworkCore;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Approval.Infrastructure;
using NomadPlatform.Approval.Infrastructure.Endorsements;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Signatures;

namespace NomadPlatform.Approval.Features.FileRpApplication;

/// <summary>
/// The applicant files the electronic RP application as their own signed act: Identity confirms their
/// signature over the filing document, the Hub confirms the endorsement's number, and the state-duty
/// payment is one no other case has used. The same signed filing sent again answers with the filed application.
/// </summary>
public sealed class FileRpApplicationHandler(
    ApprovalDbContext db, StateDutyTariff tariff, EndorsementVerifier endorsements, ApplicantSignatures signatures, TimeProvider time)
{
    public async Task<RpApplication> HandleAsync(SignedFiling filing, CancellationToken cancellationToken)
    {
        var caseId = filing.CaseId;
        var application = await db.RpApplications.FindAsync([caseId], cancellationToken)
            ?? throw CaseNotFound.For("residence-permit application", caseId);
        if (application.FilingSignature?.Digest == SignatureDigest.Of(filing.Signature)) return application;
        if (application.Iin != filing.Iin)
            throw new InvalidField("application.iin", "approval.case-of-another-iin", $"Case {caseId} is not IIN {filing.Iin}'s.");
        var verification = await signatures.VerifyAsync(filing.DocumentBytes, filing.Signature, application.Iin, cancellationToken);
        if (application.EndorsementNumber != filing.EndorsementNumber)
            throw new CaseRuleViolation("approval.endorsement-not-for-case", $"Endorsement {filing.EndorsementNumber} is not the one Astana Hub issued for case {caseId}.");
        await endorsements.ConfirmAsync(filing.EndorsementNumber, caseId, cancellationToken);
        var reference = filing.Payment.Reference!;
        if (await db.DutyPayments.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == reference, cancellationToken) is { } used)
            throw new CaseRuleViolation("approval.payment-used", $"Payment reference {reference} was already used for case {used.CaseId}; a payment pays once.");

        var now = time.GetUtcNow();
        var payment = DutyPayment.Accept(caseId, reference, filing.Payment.AmountKzt!.Value, filing.Payment.PaidOn!.Value, tariff, now);
        application.File(filing.Form, payment, new FilingSignature(filing.DocumentBytes, filing.Signature, verification.SignerSerialNumber), now);
        db.DutyPayments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
