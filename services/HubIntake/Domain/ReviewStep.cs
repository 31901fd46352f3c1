namespace NomadPlatform.HubIntake.Domain;

/// <summary>The Hub's review steps and their legal deadlines in business days.</summary>
public enum ReviewStep
{
    /// <summary>Documents verified within 2 business days.</summary>
    DocumentVerification,

    /// <summary>Online interview within 5 business days.</summary>
    Interview,

    /// <summary>Endorsement issued within 10 business days (5 at the earliest).</summary>
    Endorsement,
}
