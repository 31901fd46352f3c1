namespace NomadPlatform.Approval.Domain;

/// <summary>Why a person may not file a new residence-permit application for a while.</summary>
public enum BanReason
{
    /// <summary>Did not arrive within the notification's 30 days: the application was cancelled (12 calendar months).</summary>
    NoShowCancellation,

    /// <summary>Deported from Kazakhstan earlier (5 years).</summary>
    Deportation,
}
