using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Contracts.Approval;

namespace NomadPlatform.Arrival.Features.OpenArrivalWindow;

/// <summary>The notification opens the arrival window; it closes when the notification expires.</summary>
public sealed class OpenArrivalWindowHandler(ArrivalDbContext db, TimeProvider time)
{
    public async Task HandleAsync(NotificationIssued notification, CancellationToken cancellationToken)
    {
        if (await db.Arrivals.FindAsync([notification.CaseId], cancellationToken) is not null) return;

        db.Arrivals.Add(ArrivalRecord.OpenWindow(
            notification.CaseId, notification.Iin, notification.NotificationNumber, notification.PassportExpiresOn,
            notification.ValidUntil, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
