using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Consoles;

/// <summary>The console's list of cases at risk, above its worklist; a stalled case links to its page at this agency.</summary>
public sealed record CasesAtRisk(IReadOnlyList<CaseRiskItem> Risks, string CasePath)
{
    public static readonly CasesAtRisk None = new([], "");
}
