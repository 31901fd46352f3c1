namespace NomadPlatform.Infrastructure.Domain;

/// <summary>An agency's record of a case whose stage its metrics count: entries, exits, time in stage, cases open.</summary>
public interface IStagedCase
{
    Guid CaseId { get; }

    CaseStage Stage { get; }
}
