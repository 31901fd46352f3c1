namespace NomadPlatform.Infrastructure.Domain;

/// <summary>A request that breaks a rule of the case (HTTP 409), with the rule's reason.</summary>
public sealed class CaseRuleViolation : Refusal
{
    public CaseRuleViolation(string code, FormattableString text) : base(new Reason(code, text)) { }

    public CaseRuleViolation(Reason reason) : base(reason) { }
}
