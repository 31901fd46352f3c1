namespace NomadPlatform.Notifications.Domain;

public enum MailState
{
    /// <summary>The applicant gave no e-mail address when the notice arrived: it is in the inbox only.</summary>
    None,
    Pending,
    Sent,

    /// <summary>The mail server refused it every time: the notice stays in the inbox.</summary>
    Abandoned,
}

/// <summary>
/// A notice's e-mail: to the address and in the language the applicant had chosen when it arrived,
/// retried with growing pauses while the mail server is away.
/// </summary>
public sealed record NoticeMail(MailState State, string? Address, string Language, int Attempts, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt, string? LastError)
{
    public const int MaximumAttempts = 12;

    public static readonly NoticeMail None = new(MailState.None, null, "en", 0, null, null, null);

    public static NoticeMail To(string address, string language, DateTimeOffset now) => new(MailState.Pending, address, language, 0, now, null, null);

    public NoticeMail Sent(DateTimeOffset now) => this with { State = MailState.Sent, Attempts = Attempts + 1, NextAttemptAt = null, SentAt = now, LastError = null };

    /// <summary>1, 2, 4 … minutes apart, at most an hour; abandoned after <see cref="MaximumAttempts"/>.</summary>
    public NoticeMail Failed(string error, DateTimeOffset now)
    {
        var attempts = Attempts + 1;
        if (attempts >= MaximumAttempts) return this with { State = MailState.Abandoned, Attempts = attempts, NextAttemptAt = null, LastError = error };
        var pause = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, attempts - 1)));
        return this with { Attempts = attempts, NextAttemptAt = now + pause, LastError = error };
    }
}
