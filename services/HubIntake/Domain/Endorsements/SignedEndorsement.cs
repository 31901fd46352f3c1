namespace NomadPlatform.HubIntake.Domain.Endorsements;

/// <summary>An endorsement as issued: its number and the CMS (attached) the Hub's seal made over its document.</summary>
public sealed record SignedEndorsement(string Number, byte[] Cms, string IssuerBin);
