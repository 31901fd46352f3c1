using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.Arrival.Apis;

public sealed record RecordEntryRequest(DateOnly? EnteredOn);

/// <summary>A capture station's ten-print: each finger as a base64 ISO/IEC 19794-2 template, or declared missing.</summary>
public sealed record RegisterFingerprintsRequest(IReadOnlyList<PrintedFingerRequest>? Fingers, IReadOnlyList<MissingFingerRequest>? Missing);

public sealed record PrintedFingerRequest(FingerPosition? Position, string? Template);

public sealed record MissingFingerRequest(FingerPosition? Position, MissingFingerReason? Reason);

public sealed record DuplicateClearanceRequest(string? Reason);

public sealed record MedicalExaminationRequest(DateOnly? ExaminedOn, string? Clinic, string? CertificateNumber, MedicalResult? Result, string? Reason);

public enum MedicalResult
{
    Fit,
    Unfit,
}

public sealed record HousingContractRequest(string? Address, LandlordRequest? Landlord, DateOnly? StartsOn, DateOnly? EndsOn);

public sealed record LandlordRequest(string? Name, string? IinOrBin);
