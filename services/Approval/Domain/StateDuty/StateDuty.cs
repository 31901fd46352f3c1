namespace NomadPlatform.Approval.Domain.StateDuty;

/// <summary>The state duty for a residence permit in one year: 4 MCI for the permit and 0.2 MCI for the card.</summary>
public sealed record StateDuty(int Year, decimal Mci)
{
    public const decimal PermitMci = 4m;
    public const decimal CardMci = 0.2m;

    public decimal PermitKzt => Kzt(PermitMci);
    public decimal CardKzt => Kzt(CardMci);
    public decimal TotalKzt => PermitKzt + CardKzt;

    decimal Kzt(decimal mciCount) => decimal.Round(mciCount * Mci, 2, MidpointRounding.AwayFromZero);
}
