using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.RegisterPerson;

public static class RegisterPersonValidator
{
    const int MaxCitizenships = 5;
    const int MaxPassports = 5;

    /// <summary>No one alive was born longer ago; an older date is a typing error.</summary>
    public const int OldestPlausibleAge = 120;

    /// <summary>Field → reasons; empty when the request can be registered.</summary>
    public static Dictionary<string, string[]> Validate(RegisterPersonRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "surname", request.Surname, 100);
        Require(errors, "givenName", request.GivenName, 100);
        if (request.BirthDate is not { } birth)
            errors["birthDate"] = ["The birth date is required."];
        else if (birth > today)
            errors["birthDate"] = [$"{birth:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd})."];
        else if (birth < today.AddYears(-OldestPlausibleAge))
            errors["birthDate"] = [$"{birth:yyyy-MM-dd} would make the person older than {OldestPlausibleAge}; check the date."];
        if (!Enum.TryParse<Sex>(request.Sex, ignoreCase: true, out _) || int.TryParse(request.Sex, out _))
            errors["sex"] = ["Sex must be 'Male' or 'Female'."];
        if (request.Citizenships is not { Length: > 0 and <= MaxCitizenships } citizenships || !citizenships.All(IsCountryCode))
            errors["citizenships"] = [$"One to {MaxCitizenships} citizenships, each an ISO 3166-1 alpha-2 code (e.g. DE)."];
        if (request.Passports is not { Length: > 0 and <= MaxPassports } passports)
            errors["passports"] = [$"One to {MaxPassports} passports are required."];
        else
            for (var i = 0; i < passports.Length; i++) ValidatePassport(errors, $"passports[{i}]", passports[i]);
        return errors;
    }

    static void ValidatePassport(Dictionary<string, string[]> errors, string field, PassportRequest? passport)
    {
        if (passport is null) { errors[field] = ["Required."]; return; }
        Require(errors, $"{field}.number", passport.Number, 20);
        if (!IsCountryCode(passport.Country)) errors[$"{field}.country"] = ["The issuing country is an ISO 3166-1 alpha-2 code."];
        if (passport.ExpiresOn is null) errors[$"{field}.expiresOn"] = ["The expiry date is required."];
    }

    static void Require(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Required."];
        else if (value.Length > maxLength) errors[field] = [$"At most {maxLength} characters."];
    }

    static bool IsCountryCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);
}
