namespace NomadPlatform.Approval.Infrastructure.Endorsements;

/// <summary>Whose seal an endorsement must carry (<c>Approval:HubBin</c>): Astana Hub's BIN as registered with the CA.</summary>
public sealed class EndorsementTrustOptions
{
    public string HubBin { get; set; } = "";
}
