namespace NomadPlatform.HubIntake.Security;

/// <summary>The roles Astana Hub grants its own employees.</summary>
public static class HubRoles
{
    /// <summary>Checks the documents of an application: accepts them, or returns them with reasons.</summary>
    public const string DocumentReviewer = "DocumentReviewer";

    /// <summary>Books and holds the online interview and records its result.</summary>
    public const string Interviewer = "Interviewer";

    /// <summary>Issues the Hub's endorsement under its seal, or refuses the application.</summary>
    public const string EndorsementSigner = "EndorsementSigner";

    public static readonly string[] All = [DocumentReviewer, Interviewer, EndorsementSigner];
}
