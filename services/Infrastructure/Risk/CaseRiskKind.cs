namespace NomadPlatform.Infrastructure.Risk;

public enum CaseRiskKind
{
    /// <summary>No progress for the configured share of the stage's legal deadline.</summary>
    StageStalled,

    /// <summary>A message about the case failed every retry and waits in an error queue.</summary>
    MessageFailed,
}
