namespace NomadPlatform.Arrival.Apis;

public sealed record RecordEntryRequest(DateOnly? EnteredOn);
