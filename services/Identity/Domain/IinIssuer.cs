using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain;

/// <summary>Picks the next IIN for a birth date and sex after the last serial issued, skipping serials with no valid check digit.</summary>
public static class IinIssuer
{
    public static Iin Next(DateOnly birthDate, Sex sex, int lastSerial)
    {
        for (var serial = lastSerial + 1; serial <= 9999; serial++)
        {
            if (Iin.Compose(birthDate, sex, serial) is { } iin) return iin;
        }
        throw new CaseRuleViolation("identity.iin-serials-exhausted", $"No IIN serial is left for {sex} persons born on {birthDate:yyyy-MM-dd}.");
    }

    public static int SerialOf(string iin) => int.Parse(iin.AsSpan(7, 4));
}
