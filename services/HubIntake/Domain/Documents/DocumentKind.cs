namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>The seven kinds of document a Digital Nomad application carries.</summary>
public enum DocumentKind
{
    PassportCopy,
    ItPortfolio,
    DiplomaOrCertificate,
    Photo,
    Cv,
    CoverLetter,
    PoliceClearance,
}
