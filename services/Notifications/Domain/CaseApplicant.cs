namespace NomadPlatform.Notifications.Domain;

/// <summary>Whose a case is, learnt from the first event naming its IIN: the Hub's later events name only the case.</summary>
public sealed class CaseApplicant
{
    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";

    CaseApplicant() { }

    public static CaseApplicant Of(Guid caseId, string iin) => new() { CaseId = caseId, Iin = iin };
}
