namespace NomadPlatform.Infrastructure.Domain;

/// <summary>A request refused for a reason a person reads: its code and words travel to the problem details.</summary>
public abstract class Refusal(Reason reason, Exception? inner = null) : Exception(reason.ToString(), inner)
{
    public Reason Reason { get; } = reason;
}
