namespace NomadPlatform.PscIssuance.Domain;

/// <summary>What the applicant hands over at the Public Service Center for the permit.</summary>
public enum PscDocument
{
    ApplicationForm,
    Passport,
    Photo,
    MedicalCertificate,
    HousingContract,
}
