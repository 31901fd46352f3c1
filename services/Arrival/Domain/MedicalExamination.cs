using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Arrival.Domain;

/// <summary>The medical examination in Kazakhstan: a clinic's certificate declaring the applicant fit, or unfit and why.</summary>
public sealed class MedicalExamination
{
    public DateOnly ExaminedOn { get; private set; }
    public string Clinic { get; private set; } = "";
    public string CertificateNumber { get; private set; } = "";
    public bool Fit { get; private set; }
    public string? UnfitReason { get; private set; }

    MedicalExamination() { }

    public static MedicalExamination Of(DateOnly examinedOn, string? clinic, string? certificateNumber, bool fit, string? unfitReason)
    {
        if (string.IsNullOrWhiteSpace(clinic) || clinic.Length > 200)
            throw new InvalidField("clinic", "arrival.clinic-required", $"The examining clinic is required (at most 200 characters).");
        if (string.IsNullOrWhiteSpace(certificateNumber) || certificateNumber.Length > 64)
            throw new InvalidField("certificateNumber", "arrival.certificate-number-required", $"The medical certificate's number is required (at most 64 characters).");
        if (!fit && (string.IsNullOrWhiteSpace(unfitReason) || unfitReason.Length > 500))
            throw new InvalidField("reason", "arrival.unfit-reason-required", $"An unfit result states its reason (at most 500 characters).");
        if (fit && !string.IsNullOrWhiteSpace(unfitReason))
            throw new InvalidField("reason", "arrival.fit-without-reason", $"A fit result carries no reason.");
        return new MedicalExamination
        {
            ExaminedOn = examinedOn,
            Clinic = clinic.Trim(),
            CertificateNumber = certificateNumber.Trim(),
            Fit = fit,
            UnfitReason = fit ? null : unfitReason!.Trim(),
        };
    }
}
