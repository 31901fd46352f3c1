namespace NomadPlatform.ServiceDefaults;

/// <summary>
/// How an agency's system is named in OAuth terms: its client at Identity is <c>system:&lt;BIN&gt;</c>,
/// and a token for calling the service <c>approval</c> has scope and audience <c>agency:approval</c>
/// (never <see cref="PlatformClaims.Audience"/>, so a system token opens no person's API).
/// </summary>
public static class SystemClaims
{
    public const string ClientPrefix = "system:";
    public const string AudiencePrefix = "agency:";

    public static string ClientIdOf(string bin) => ClientPrefix + bin;

    public static string AudienceOf(string service) => AudiencePrefix + service;

    /// <summary>The services a system may ask a token for: the agencies' gRPC servers, and the partner feed.</summary>
    public static readonly string[] Services = ["identity", "hubintake", "approval", "arrival", "pscissuance", "feed"];
}
