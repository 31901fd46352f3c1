namespace NomadPlatform.Infrastructure.Domain;

/// <summary>Another agency's service that this step depends on is not answering, or will not accept this agency's system right now.</summary>
public sealed class AgencyUnavailable : Refusal
{
    public AgencyUnavailable(string agency, Exception inner)
        : base(new Reason("agency-unavailable", $"The {agency} service is not answering right now; nothing was changed, try again shortly."), inner) => Agency = agency;

    /// <param name="reason">Why the call cannot be made, for the operator (technical, in English).</param>
    public AgencyUnavailable(string agency, string reason, Exception inner)
        : base(new Reason("agency-unavailable.system", $"The {agency} service cannot be called right now ({reason}); nothing was changed, try again shortly."), inner) => Agency = agency;

    public string Agency { get; }
}
