namespace NomadPlatform.Infrastructure.Security;

/// <summary>Whose case this is, as the agency's own records say (null when it holds no such case).</summary>
public interface ICaseOwners
{
    Task<string?> ApplicantOfAsync(Guid caseId, CancellationToken cancellationToken);
}
