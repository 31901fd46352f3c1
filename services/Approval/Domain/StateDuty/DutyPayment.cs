using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Domain.StateDuty;

/// <summary>A state-duty payment for one case; its bank reference is unique, so one payment never pays twice.</summary>
public sealed class DutyPayment
{
    public string Reference { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public decimal AmountKzt { get; private set; }
    public decimal DueKzt { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    DutyPayment() { }

    public static DutyPayment Accept(Guid caseId, string reference, decimal amountKzt, DateOnly paidOn, StateDutyTariff tariff, DateTimeOffset now)
    {
        if (paidOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new CaseRuleViolation("approval.payment-in-the-future", $"The payment is dated {paidOn:yyyy-MM-dd}, in the future.");
        var duty = tariff.For(paidOn.Year);
        if (amountKzt < duty.TotalKzt)
            throw new CaseRuleViolation("approval.underpaid",
                $"Underpaid: {amountKzt:0.00} KZT paid, {duty.TotalKzt:0.00} KZT due in {duty.Year} ({StateDuty.PermitMci} MCI for the permit + {StateDuty.CardMci} MCI for the card at {duty.Mci:0} KZT).");
        return new DutyPayment
        {
            Reference = reference,
            CaseId = caseId,
            AmountKzt = amountKzt,
            DueKzt = duty.TotalKzt,
            PaidOn = paidOn,
            RecordedAt = now,
        };
    }
}
