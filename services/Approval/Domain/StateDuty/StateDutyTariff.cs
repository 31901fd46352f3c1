using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Domain.StateDuty;

/// <summary>
/// The monthly calculation index (MCI) by year, as the budget law sets it (data in
/// <c>state-duty.json</c>); the duty due is reckoned at the MCI of the year it is paid in.
/// </summary>
public sealed class StateDutyTariff(IReadOnlyDictionary<int, decimal> mciByYear)
{
    public StateDuty For(int year) => mciByYear.TryGetValue(year, out var mci)
        ? new StateDuty(year, mci)
        : throw new CaseRuleViolation("approval.mci-unknown", $"The MCI for {year} is not in the state-duty tariff; it is added when the budget law sets it.");
}
