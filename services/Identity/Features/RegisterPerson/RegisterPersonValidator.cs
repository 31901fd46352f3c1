using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.RegisterPerson;

public static class RegisterPersonValidator
{
    /// <summary>Field → reasons; empty when the request can be registered.</summary>
    public static Dictionary<string, string[]> Validate(RegisterPersonRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "surname", request.Surname, 100);
        Require(errors, "givenName", request.GivenName, 100);
        if (request.BirthDate is not { } birth || birth.Year < 1900)
            errors["birthDate"] = ["A birth date in or after 1900 is required."];
        if (!Enum.TryParse<Sex>(request.Sex, ignoreCase: true, out _))
            errors["sex"] = ["Sex must be 'Male' or 'Female'."];
        if (!IsCountryCode(request.Citizenship))
            errors["citizenship"] = ["Citizenship is an ISO 3166-1 alpha-2 country code."];
        Require(errors, "passportNumber", request.PassportNumber, 20);
        if (!IsCountryCode(request.PassportCountry))
            errors["passportCountry"] = ["The passport's issuing country is an ISO 3166-1 alpha-2 country code."];
        if (request.PassportExpiresOn is null)
            errors["passportExpiresOn"] = ["The passport's expiry date is required."];
        return errors;
    }

    static void Require(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Required."];
        else if (value.Length > maxLength) errors[field] = [$"At most {maxLength} characters."];
    }

    static bool IsCountryCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);
}
