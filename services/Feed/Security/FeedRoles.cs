namespace NomadPlatform.Feed.Security;

/// <summary>The roles the feed's operator grants its own employees.</summary>
public static class FeedRoles
{
    /// <summary>Registers partner organisations and grants or withdraws their event types and data views.</summary>
    public const string PartnerRegistrar = "PartnerRegistrar";

    public static readonly string[] All = [PartnerRegistrar];
}
