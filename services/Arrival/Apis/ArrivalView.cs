using NomadPlatform.Arrival.Domain;

namespace NomadPlatform.Arrival.Apis;

public sealed record ArrivalView(
    Guid CaseId, string Iin, string NotificationNumber, string Status, DateTimeOffset WindowClosesAt, string? HousingAddress, DateTimeOffset? CompletedAt, DateOnly? EnteredOn)
{
    public static ArrivalView Of(ArrivalRecord a) =>
        new(a.CaseId, a.Iin, a.NotificationNumber, a.Status.ToString(), a.WindowClosesAt, a.HousingAddress, a.CompletedAt, a.EnteredOn);
}
