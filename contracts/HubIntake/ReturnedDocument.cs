namespace NomadPlatform.Contracts.HubIntake;

/// <summary>One returned document (its kind, e.g. <c>Photo</c>) and what is wrong with it.</summary>
public sealed record ReturnedDocument(string Kind, string Reason);
