namespace NomadPlatform.HubIntake.Features.ReviewApplication;

/// <summary><c>Accept</c>, or <c>Return</c> with each returned document's kind and reason.</summary>
public sealed record DocumentVerificationRequest(string? Decision, ReturnedDocumentRequest[]? Returns);
