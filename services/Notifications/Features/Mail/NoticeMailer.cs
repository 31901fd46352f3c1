using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Deadlines;
using Microsoft.Extensions.Options;
using MimeKit;
using NomadPlatform.Notifications.Domain;
using NomadPlatform.Notifications.Features.Notices;
using NomadPlatform.Notifications.Infrastructure;

namespace NomadPlatform.Notifications.Features.Mail;

/// <summary>
/// Sends the notices waiting for their e-mail, each in the language its applicant chose, and records
/// each outcome as it goes: a crash between sending and saving sends that one mail again, never none.
/// Only a mail the server refuses is charged an attempt; while the server is away, every mail waits.
/// It runs as a sweep (<c>Deadlines:SweepInterval</c>) over the queue of pending mails.
/// </summary>
public sealed class NoticeMailer(NotificationsDbContext db, NoticeTexts texts, IOptions<MailOptions> options, TimeProvider time, ILogger<NoticeMailer> logger)
    : IDeadlineSweeper
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host)) return 0;
        var now = time.GetUtcNow();
        var due = await db.Notices.Where(n => n.Mail.State == MailState.Pending && n.Mail.NextAttemptAt <= now)
            .OrderBy(n => n.Mail.NextAttemptAt).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;

        using var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(settings.Host, settings.Port, settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (settings.UserName is { Length: > 0 } user) await smtp.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The server is away, not the mail refused: no notice is charged an attempt; the next sweep tries again.
            MailLog.ServerUnreachable(logger, settings.Host, exception.Message);
            return 0;
        }

        var sent = 0;
        foreach (var notice in due)
        {
            try
            {
                await smtp.SendAsync(Message(notice, settings), cancellationToken);
                notice.MailSent(time.GetUtcNow());
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                notice.MailFailed(exception.Message, time.GetUtcNow());
                MailLog.Refused(logger, notice.Id, exception.Message);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        return sent;
    }

    MimeMessage Message(Notice notice, MailOptions settings)
    {
        var rendered = texts.Render(notice.Kind, notice.Values, notice.Mail.Language);
        var message = new MimeMessage { Subject = rendered.Subject, Body = new TextPart("plain") { Text = rendered.Body } };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(notice.Mail.Address!));
        // The notice's id: a mail sent twice after a crash is recognisably the same.
        message.MessageId = $"{notice.Id:N}@notices.nomad.gov.kz";
        message.Headers.Add("Content-Language", notice.Mail.Language);
        return message;
    }
}

static partial class MailLog
{
    [LoggerMessage(LogLevel.Warning, "The mail server {Host} could not be reached: {Reason}; the notices wait for the next attempt.")]
    public static partial void ServerUnreachable(ILogger logger, string host, string reason);

    [LoggerMessage(LogLevel.Warning, "The mail server refused notice {NoticeId}: {Reason}")]
    public static partial void Refused(ILogger logger, Guid noticeId, string reason);
}
