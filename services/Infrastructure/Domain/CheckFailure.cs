namespace NomadPlatform.Infrastructure.Domain;

/// <summary>One failed check: what it concerns (e.g. a document kind) and why, with the reason's stable code.</summary>
public sealed record CheckFailure(string Subject, Reason Reason)
{
    public CheckFailure(string subject, string code, FormattableString text) : this(subject, new Reason(code, text)) { }

    public string Code => Reason.Code;
}
