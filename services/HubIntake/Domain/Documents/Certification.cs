namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>How a foreign document is made valid in Kazakhstan.</summary>
public enum Certification
{
    None,
    Apostille,
    ConsularLegalisation,
}
