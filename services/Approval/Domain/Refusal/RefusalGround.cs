namespace NomadPlatform.Approval.Domain.Refusal;

/// <summary>A statutory ground for refusing a residence permit: a stable code and the law's words.</summary>
public sealed record RefusalGround(string Code, string Text);
