namespace NomadPlatform.Infrastructure.Domain;

/// <summary>Another agency's service that this step depends on is not answering.</summary>
public sealed class AgencyUnavailable(string agency, Exception inner)
    : Exception($"The {agency} service is not answering right now; nothing was changed, try again shortly.", inner)
{
    public string Agency { get; } = agency;
}
