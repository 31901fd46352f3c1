namespace NomadPlatform.Arrival.Features.CompleteArrival;

public sealed record CompleteArrivalRequest(string? HousingAddress);
