namespace NomadPlatform.Identity.Features.SignIn;

/// <summary>The token endpoint's grant for an EDS sign-in, and the clients that may use it.</summary>
public static class EdsGrant
{
    public const string Type = "urn:nomad:params:oauth:grant-type:eds";

    /// <summary>The token request parameter holding the signed challenge (attached CMS, base64).</summary>
    public const string SignatureParameter = "signature";

    /// <summary>Terminal tools, the demo and the test harness: a public client (nothing secret on a person's device).</summary>
    public const string CliClient = "nomad-cli";

    /// <summary>The portal's pages, signing in through the person's NCALayer.</summary>
    public const string PortalClient = "nomad-portal";
}
