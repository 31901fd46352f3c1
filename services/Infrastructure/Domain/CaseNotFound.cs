namespace NomadPlatform.Infrastructure.Domain;

/// <summary>The case (or the record asked for) does not exist in this agency's database.</summary>
public sealed class CaseNotFound(string message) : Exception(message)
{
    public static CaseNotFound For(string what, Guid caseId) => new($"No {what} exists for case {caseId}.");
}
