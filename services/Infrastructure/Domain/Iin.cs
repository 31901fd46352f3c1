using System.Diagnostics.CodeAnalysis;

namespace NomadPlatform.Infrastructure.Domain;

/// <summary>
/// Kazakhstan's 12-digit individual identification number: YYMMDD birth date, a century-and-sex
/// digit, a 4-digit serial and a check digit (two weighted passes, mod 11).
/// </summary>
public readonly record struct Iin
{
    public string Value { get; }

    Iin(string value) => Value = value;

    public override string ToString() => Value;

    public static Iin Parse(string? text) =>
        TryParse(text, out var iin, out var reason) ? iin : throw new FormatException(reason);

    public static bool TryParse(string? text, out Iin iin, [NotNullWhen(false)] out string? reason)
    {
        iin = default;
        reason = Check(text);
        if (reason is not null) return false;
        iin = new Iin(text!);
        return true;
    }

    /// <summary>Builds the IIN for a birth date, sex and serial; null when no check digit can exist for that serial.</summary>
    public static Iin? Compose(DateOnly birthDate, Sex sex, int serial)
    {
        if (serial is < 0 or > 9999) throw new ArgumentOutOfRangeException(nameof(serial));
        var body = $"{Prefix(birthDate, sex)}{serial:D4}";
        var check = CheckDigit.Of(body);
        return check is null ? null : new Iin(body + check);
    }

    /// <summary>The first 7 digits: birth date (YYMMDD) and the century-and-sex digit.</summary>
    public static string Prefix(DateOnly birthDate, Sex sex)
    {
        var centuryDigit = (birthDate.Year / 100) switch
        {
            18 => 1,
            19 => 3,
            20 => 5,
            _ => throw new ArgumentOutOfRangeException(nameof(birthDate), "Only births in the 1800s, 1900s and 2000s have IINs."),
        } + (sex == Sex.Female ? 1 : 0);
        return $"{birthDate:yyMMdd}{centuryDigit}";
    }

    public DateOnly BirthDate => BirthDateOf(Value)!.Value;

    public Sex Sex => (Value[6] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    static string? Check(string? text)
    {
        if (text is null || text.Length != 12 || !text.All(char.IsAsciiDigit))
            return "An IIN is exactly 12 digits.";
        if (text[6] is '0' or '7' or '8' or '9')
            return "The 7th digit of an IIN (century and sex) must be 1 to 6.";
        if (BirthDateOf(text) is null)
            return "The first 6 digits of the IIN are not a real date in the century its 7th digit names.";
        if (CheckDigit.Of(text.AsSpan(0, 11)) is not { } expected || expected != text[11] - '0')
            return "The IIN's check digit is wrong.";
        return null;
    }

    static DateOnly? BirthDateOf(string text)
    {
        var century = 1800 + ((text[6] - '0' - 1) / 2) * 100;
        var year = century + int.Parse(text.AsSpan(0, 2));
        var month = int.Parse(text.AsSpan(2, 2));
        var day = int.Parse(text.AsSpan(4, 2));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }
}
