using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Arrival.Domain;

/// <summary>The lease (or ownership-based contract) for the home where the permit holder will be registered.</summary>
public sealed class HousingContract
{
    public string Address { get; private set; } = "";
    public string LandlordName { get; private set; } = "";

    /// <summary>The landlord's IIN, or BIN when the landlord is a company.</summary>
    public string LandlordIdentifier { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    HousingContract() { }

    public static HousingContract Of(string? address, string? landlordName, string? landlordIdentifier, DateOnly startsOn, DateOnly endsOn)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 300)
            throw new InvalidField("address", "arrival.address-required", $"The address of the home is required (at most 300 characters).");
        if (string.IsNullOrWhiteSpace(landlordName) || landlordName.Length > 200)
            throw new InvalidField("landlord.name", "arrival.landlord-name-required", $"The landlord's name is required (at most 200 characters).");
        if (!Iin.TryParse(landlordIdentifier, out _, out var iinProblem) && !Bin.TryParse(landlordIdentifier, out _, out _))
            throw new InvalidField("landlord.iinOrBin", "arrival.landlord-id-invalid", $"The landlord's IIN or BIN is not valid: {iinProblem}");
        if (endsOn <= startsOn)
            throw new InvalidField("endsOn", "arrival.contract-ends-before-start", $"The contract ends ({endsOn:yyyy-MM-dd}) before it starts ({startsOn:yyyy-MM-dd}).");
        return new HousingContract
        {
            Address = address.Trim(),
            LandlordName = landlordName.Trim(),
            LandlordIdentifier = landlordIdentifier!,
            StartsOn = startsOn,
            EndsOn = endsOn,
        };
    }

    public bool InForceOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}
