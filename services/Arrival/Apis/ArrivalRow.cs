using NomadPlatform.Arrival.Domain;

namespace NomadPlatform.Arrival.Apis;

/// <summary>One arrival on the officers' worklist: where it stands, without the prints themselves.</summary>
public sealed record ArrivalRow(
    Guid CaseId, string Iin, string NotificationNumber, string Status, DateTimeOffset WindowClosesAt, DateOnly? EnteredOn,
    DateTimeOffset? StepsDueAt, bool StepsOverdue, bool FingerprintsRegistered, bool AwaitsDuplicateClearance, bool MedicallyFit,
    bool HousingRecorded, DateTimeOffset? CompletedAt)
{
    public static ArrivalRow Of(ArrivalRecord a, DateTimeOffset now) => new(
        a.CaseId, a.Iin, a.NotificationNumber, a.Status.ToString(), a.WindowClosesAt, a.EnteredOn, a.StepsDueAt, a.StepsOverdue(now),
        a.FingerprintsRegisteredAt is not null, a.AwaitsDuplicateClearance, a.MedicalExamination is { Fit: true }, a.HousingContract is not null, a.CompletedAt);
}
