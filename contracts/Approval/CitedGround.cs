namespace NomadPlatform.Contracts.Approval;

/// <summary>A statutory refusal ground as cited in a decision: its code and its text.</summary>
public sealed record CitedGround(string Code, string Text);
