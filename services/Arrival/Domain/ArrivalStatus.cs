namespace NomadPlatform.Arrival.Domain;

public enum ArrivalStatus
{
    AwaitingArrival,
    Completed,
}
