namespace NomadPlatform.HubIntake.Domain;

/// <summary>A document a Hub officer returned, and why: what the applicant must correct before resubmitting.</summary>
public sealed record DocumentToCorrect(string Kind, string Reason);
