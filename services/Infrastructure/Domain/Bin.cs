using System.Diagnostics.CodeAnalysis;

namespace NomadPlatform.Infrastructure.Domain;

/// <summary>
/// Business identification number of a legal entity (an employer on a CV): YYMM of registration, a
/// type digit (4 resident, 5 non-resident, 6 individual entrepreneur in joint business), an attribute
/// digit (0 head office, 1 branch, 2 representative office, 3 peasant farm), a 5-digit serial and
/// the IIN's check digit.
/// </summary>
public readonly record struct Bin
{
    public string Value { get; }

    Bin(string value) => Value = value;

    public override string ToString() => Value;

    public static Bin Parse(string? text) =>
        TryParse(text, out var bin, out var reason) ? bin : throw new FormatException(reason);

    public static bool TryParse(string? text, out Bin bin, [NotNullWhen(false)] out string? reason)
    {
        bin = default;
        reason = Check(text);
        if (reason is not null) return false;
        bin = new Bin(text!);
        return true;
    }

    static string? Check(string? text)
    {
        if (text is null || text.Length != 12 || !text.All(char.IsAsciiDigit))
            return "A BIN is exactly 12 digits.";
        var month = int.Parse(text.AsSpan(2, 2));
        if (month is < 1 or > 12)
            return "Digits 3-4 of a BIN are the month of registration (01-12).";
        if (text[4] is not ('4' or '5' or '6'))
            return "The 5th digit of a BIN (entity type) must be 4, 5 or 6.";
        if (text[5] is not ('0' or '1' or '2' or '3'))
            return "The 6th digit of a BIN (head office, branch, representative office, peasant farm) must be 0 to 3.";
        return CheckDigit.Of(text.AsSpan(0, 11)) is { } expected && expected == text[11] - '0'
            ? null
            : "The BIN's check digit is wrong.";
    }
}
