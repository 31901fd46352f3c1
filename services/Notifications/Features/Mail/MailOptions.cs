namespace NomadPlatform.Notifications.Features.Mail;

/// <summary>The mail server notices go out through (<c>Notifications:Smtp</c>); without a host, notices wait in the inbox and the queue.</summary>
public sealed class MailOptions
{
    public const string Section = "Notifications:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS is required unless the server is a local development sink.</summary>
    public bool RequireTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Digital Nomad Residency <no-reply@nomad.gov.kz>";

    public int BatchSize { get; set; } = 50;
}
