namespace NomadPlatform.HubIntake.Domain.Endorsements;

/// <summary>
/// Numbers endorsements per calendar year without gaps in the register: AH-2026-000001, 000002, …
/// The counter row is a concurrency token, so two officers endorsing at once never share a number.
/// </summary>
public sealed class EndorsementCounter
{
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    EndorsementCounter() { }

    public static EndorsementCounter Start(int year) => new() { Year = year };

    public string Next() => $"AH-{Year}-{++LastNumber:000000}";
}
