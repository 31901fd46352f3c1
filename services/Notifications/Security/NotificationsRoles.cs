namespace NomadPlatform.Notifications.Security;

/// <summary>The roles the notification service's operator grants its own employees.</summary>
public static class NotificationsRoles
{
    /// <summary>Answers applicants who say a mail never came: sees each undelivered mail's state, never its text.</summary>
    public const string MailDesk = "MailDesk";

    public static readonly string[] All = [MailDesk];
}
