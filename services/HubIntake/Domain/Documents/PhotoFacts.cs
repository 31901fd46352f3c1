namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>What decoding the photo revealed.</summary>
public sealed record PhotoFacts(int Width, int Height, double Colourfulness);
