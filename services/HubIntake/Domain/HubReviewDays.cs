namespace NomadPlatform.HubIntake.Domain;

/// <summary>The programme's Phase 1 deadlines, in business days of Kazakhstan's calendar.</summary>
public static class HubReviewDays
{
    public const int DocumentVerification = 2;
    public const int Interview = 5;
    /// <summary>The programme says 5–10: the Hub may endorse sooner, never later.</summary>
    public const int EndorsementLatest = 10;

    public static int For(ReviewStep step) => step switch
    {
        ReviewStep.DocumentVerification => DocumentVerification,
        ReviewStep.Interview => Interview,
        _ => EndorsementLatest,
    };
}
