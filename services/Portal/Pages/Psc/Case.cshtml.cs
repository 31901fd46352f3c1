using Microsoft.AspNetCore.Mvc;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;

namespace NomadPlatform.Portal.Pages.Psc;

/// <summary>One submission at the PSC: what was handed over, and the residence permit issued from it.</summary>
public sealed class PscCaseModel(PscClient psc) : ConsoleCasePage("/psc/cases")
{
    public Submission? Submission { get; private set; }
    public Permit? Permit { get; private set; }

    public Task<IActionResult> OnPostIssueAsync(Guid caseId, CancellationToken cancellationToken) =>
        ActAsync(caseId, "Issued", psc.IssuePermitAsync(caseId, cancellationToken), cancellationToken);

    protected override async Task<IActionResult> ShowAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var submission = await psc.SubmissionAsync(caseId, cancellationToken);
        if (submission.Value is not { } found) return StatusCode(submission.Problem?.Status ?? StatusCodes.Status502BadGateway);
        Submission = found;
        Permit = (await psc.PermitAsync(caseId, cancellationToken)).Value;
        Roles = (await psc.MyRolesAsync(cancellationToken)).Value?.Roles.ToHashSet() ?? [];
        return Page();
    }
}
