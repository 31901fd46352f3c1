using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Reasons;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Notifications.Domain;
using NomadPlatform.Notifications.Features.Notices;
using NomadPlatform.Notifications.Infrastructure;
using NomadPlatform.Notifications.Security;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.Notifications.Apis;

public static class NoticesApi
{
    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder app)
    {
        var own = app.MapGroup("/api").WithTags("Applicant's notices").RequireAuthorization(AccessPolicies.Applicant);
        own.MapGet("/notices", InboxAsync);
        own.MapPost("/notices/{id:guid}/read", MarkReadAsync);
        own.MapGet("/reminders", RemindersAsync);
        own.MapGet("/contact", ContactAsync);
        own.MapPut("/contact", ChangeContactAsync);
        app.MapGet("/api/mail/undelivered", UndeliveredAsync).AuditsRead("undelivered-mail").WithTags("Mail desk").RequireAuthorization(AccessPolicies.Officer(NotificationsRoles.MailDesk));
        return app;
    }

    /// <summary>The reader's own notices, the latest first, in the language they ask for (<c>Accept-Language</c>: kk, ru or en).</summary>
    static async Task<Results<Ok<InboxView>, ValidationProblem>> InboxAsync(
        HttpRequest request, Actor reader, NotificationsDbContext db, NoticeTexts texts, CancellationToken cancellationToken, int limit = 50)
    {
        if (limit is < 1 or > 200) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["From 1 to 200."] });
        var language = ReasonTexts.LanguageOf(request);
        var notices = await db.Notices.AsNoTracking().Where(n => n.Iin == reader.Iin)
            .OrderByDescending(n => n.ReceivedAt).Take(limit).ToListAsync(cancellationToken);
        var unread = await db.Notices.CountAsync(n => n.Iin == reader.Iin && n.ReadAt == null, cancellationToken);
        return TypedResults.Ok(new InboxView(notices.Select(n => NoticeView.Of(n, texts.Render(n.Kind, n.Values, language))).ToList(), unread));
    }

    static async Task<NoContent> MarkReadAsync(Guid id, Actor reader, NotificationsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        // Another person's notice is answered as one that does not exist.
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == id && n.Iin == reader.Iin, cancellationToken)
            ?? throw new CaseNotFound("notices.notice-unknown", $"No notice {id} in your inbox.");
        notice.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The reminders still to come, the soonest first: what the applicant will be reminded of, and when.</summary>
    static async Task<Ok<List<ReminderView>>> RemindersAsync(Actor reader, NotificationsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Reminders.AsNoTracking().Where(r => r.Iin == reader.Iin && r.SentAt == null && r.WithdrawnAt == null)
            .OrderBy(r => r.DueAt).Take(50).ToListAsync(cancellationToken)).Select(ReminderView.Of).ToList());

    static async Task<Ok<ContactView>> ContactAsync(Actor reader, NotificationsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(ContactView.Of(await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Iin == reader.Iin, cancellationToken)));

    static async Task<Results<Ok<ContactView>, ValidationProblem>> ChangeContactAsync(
        ContactRequest request, Actor reader, NotificationsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Language is null || !ApplicantContact.Languages.Contains(request.Language))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = ["kk, ru or en."] });
        var now = time.GetUtcNow();
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Iin == reader.Iin, cancellationToken);
        if (contact is null) db.Contacts.Add(contact = ApplicantContact.For(reader.Iin, now));
        try
        {
            contact.Change(request.Email, request.Language, now);
        }
        catch (CaseRuleViolation violation)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [violation.Message] });
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ContactView.Of(contact));
    }

    /// <summary>Mails still failing or given up on, the longest failing first.</summary>
    static async Task<Ok<List<UndeliveredMailView>>> UndeliveredAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var undelivered = await db.Notices.AsNoTracking()
            .Where(n => n.Mail.State == MailState.Abandoned || (n.Mail.State == MailState.Pending && n.Mail.Attempts > 0))
            .OrderBy(n => n.ReceivedAt).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(undelivered.Select(UndeliveredMailView.Of).ToList());
    }
}
