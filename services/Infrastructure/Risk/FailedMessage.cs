namespace NomadPlatform.Infrastructure.Risk;

/// <summary>A message waiting in one of this service's error queues, as its envelope and fault headers describe it.</summary>
public sealed record FailedMessage(string Queue, string MessageId, Guid? CaseId, string MessageType, string Reason);
