using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.Arrival.Apis;

/// <summary>The migration police's view of one arrival. Fingerprints show as quality and hash, never as templates.</summary>
public sealed record ArrivalView(
    Guid CaseId, string Iin, string NotificationNumber, string Status, DateTimeOffset WindowClosesAt, DateOnly? EnteredOn,
    DateTimeOffset? StepsDueAt, bool StepsOverdue,
    ArrivalView.FingerprintsView? Fingerprints, ArrivalView.MedicalView? MedicalExamination, ArrivalView.HousingView? HousingContract,
    string? HousingAddress, DateTimeOffset? CompletedAt)
{
    public sealed record FingerView(FingerPosition Position, int Quality, string Sha256);

    /// <summary>A match against another IIN's prints; whose they are is shown to officers only.</summary>
    public sealed record FlagView(string? MatchedIin, Guid? MatchedCaseId, string[] Fingers, DateTimeOffset FlaggedAt);

    public sealed record FingerprintsView(
        DateTimeOffset RegisteredAt, IReadOnlyList<FingerView> Fingers, IReadOnlyList<MissingFinger> Missing,
        IReadOnlyList<FlagView> DuplicateFlags, DateTimeOffset? DuplicatesClearedAt, string? DuplicateClearance);

    public sealed record MedicalView(DateOnly ExaminedOn, string Clinic, string CertificateNumber, string Result, string? Reason);

    public sealed record HousingView(string Address, string LandlordName, string LandlordIinOrBin, DateOnly StartsOn, DateOnly EndsOn);

    public static ArrivalView Of(ArrivalRecord a, DateTimeOffset now) => new(
        a.CaseId, a.Iin, a.NotificationNumber, a.Status.ToString(), a.WindowClosesAt, a.EnteredOn, a.StepsDueAt, a.StepsOverdue(now),
        a.FingerprintsRegisteredAt is { } registeredAt
            ? new FingerprintsView(
                registeredAt,
                a.Fingerprints.OrderBy(f => f.Position).Select(f => new FingerView(f.Position, f.Quality, f.Sha256)).ToList(),
                a.MissingFingers,
                a.DuplicateFlags.Select(f => new FlagView(f.MatchedIin, f.MatchedCaseId, f.Fingers.Split(','), f.FlaggedAt)).ToList(),
                a.DuplicatesClearedAt, a.DuplicateClearance)
            : null,
        a.MedicalExamination is { } m ? new MedicalView(m.ExaminedOn, m.Clinic, m.CertificateNumber, m.Fit ? "Fit" : "Unfit", m.UnfitReason) : null,
        a.HousingContract is { } h ? new HousingView(h.Address, h.LandlordName, h.LandlordIdentifier, h.StartsOn, h.EndsOn) : null,
        a.HousingAddress, a.CompletedAt);

    /// <summary>The applicant's own view: the same arrival, without the other person's IIN and case a fingerprint match names.</summary>
    public ArrivalView ForApplicant() => Fingerprints is null ? this : this with
    {
        Fingerprints = Fingerprints with { DuplicateFlags = Fingerprints.DuplicateFlags.Select(f => f with { MatchedIin = null, MatchedCaseId = null }).ToList() },
    };
}
