using NomadPlatform.Infrastructure.Reasons;

namespace NomadPlatform.Infrastructure.Domain;

/// <summary>
/// Why a service refuses or flags something: a stable <see cref="Code"/> for programs, and words for
/// people — the English template written where the reason arises, with the values it names; each
/// language's text for the code is looked up when the reason is written out (<see cref="ReasonTexts"/>).
/// </summary>
public sealed class Reason
{
    public Reason(string code, FormattableString text) : this(code, text.Format, text.GetArguments()) { }

    public Reason(string code, string template, IReadOnlyList<object?> values)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new ArgumentException("A reason needs its code.", nameof(code));
        Code = code;
        Template = template;
        Values = values;
    }

    public string Code { get; }

    /// <summary>The English text as a composite format: <c>{0}</c>, <c>{1:0.000}</c> … name <see cref="Values"/>.</summary>
    public string Template { get; }

    public IReadOnlyList<object?> Values { get; }

    /// <summary>The reason in English, as logs and exception messages carry it.</summary>
    public override string ToString() => ReasonFormat.Fill(Template, Values, ReasonFormat.EnglishCulture, _ => null);
}
