namespace NomadPlatform.Portal.Agencies;

/// <summary>The applicant's notices and where they are mailed, as the notification service keeps them (written in the reader's language).</summary>
public sealed class NotificationsClient(HttpClient notifications) : AgencyClient(notifications)
{
    public Task<AgencyAnswer<Inbox>> InboxAsync(CancellationToken cancellationToken) => GetAsync<Inbox>("/api/notices?limit=100", cancellationToken);

    public Task<AgencyAnswer<object>> MarkReadAsync(Guid id, CancellationToken cancellationToken) => PostAsync<object>($"/api/notices/{id}/read", new { }, cancellationToken);

    public Task<AgencyAnswer<Contact>> ContactAsync(CancellationToken cancellationToken) => GetAsync<Contact>("/api/contact", cancellationToken);

    public async Task<AgencyAnswer<Contact>> ChangeContactAsync(string? email, string language, CancellationToken cancellationToken)
    {
        using var response = await Http.PutAsJsonAsync("/api/contact", new { email, language }, cancellationToken);
        return await AnswerAsync<Contact>(response, cancellationToken);
    }
}

public sealed record Inbox(IReadOnlyList<Notice> Notices, int Unread);

public sealed record Notice(Guid Id, Guid CaseId, string Kind, string Subject, string Body, DateTimeOffset OccurredAt, DateTimeOffset? ReadAt, string Mail, DateTimeOffset? MailedAt);

public sealed record Contact(string? Email, string Language);
