namespace NomadPlatform.Arrival.Domain;

public enum ArrivalStatus
{
    AwaitingArrival,
    Completed,

    /// <summary>The window closed without an arrival: the application is cancelled.</summary>
    NoShow,
}
