using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>The case a submission created, or the one an earlier copy of the same submission created.</summary>
public sealed record SubmissionOutcome(HubApplication Application, bool Created);
