namespace NomadPlatform.Infrastructure.Risk;

/// <summary>The legal deadline of each of this agency's open stages that has one (none for a wait on the applicant).</summary>
public sealed class StageDeadlines(IReadOnlyDictionary<string, StageDeadline> byStage)
{
    public static readonly StageDeadlines None = new(new Dictionary<string, StageDeadline>());

    public IReadOnlyDictionary<string, StageDeadline> ByStage { get; } = byStage;
}
