using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Arrival.V1;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.PscIssuance.Domain;
using NomadPlatform.PscIssuance.Infrastructure;

namespace NomadPlatform.PscIssuance.Features.IssuePermit;

/// <summary>
/// Takes the applicant's documents at the PSC once Arrival confirms the arrival is complete, and
/// issues the permit. Submitting again returns the permit already issued.
/// </summary>
public sealed class IssuePermitHandler(PscIssuanceDbContext db, ArrivalRecords.ArrivalRecordsClient arrivals, TimeProvider time)
{
    public async Task<(ResidencePermit Permit, bool Issued)> HandleAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (await db.Permits.FindAsync([caseId], cancellationToken) is { } existing) return (existing, false);

        var arrival = await GetArrivalAsync(caseId, cancellationToken);
        if (!arrival.Completed)
            throw new CaseRuleViolation($"The arrival for case {caseId} is not complete: fingerprints, medical examination and housing contract come first.");

        var permit = ResidencePermit.Issue(caseId, arrival.Iin, arrival.HousingAddress, DateOnly.Parse(arrival.PassportExpiresOn), time.GetUtcNow());
        db.Permits.Add(permit);
        await db.SaveChangesAsync(cancellationToken);
        return (permit, true);
    }

    async Task<ArrivalReply> GetArrivalAsync(Guid caseId, CancellationToken cancellationToken)
    {
        try
        {
            return await AgencyCall.SendAsync("Arrival",
                () => arrivals.GetArrivalAsync(new GetArrivalRequest { CaseId = caseId.ToString() }, cancellationToken: cancellationToken).ResponseAsync);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            throw CaseNotFound.For("arrival record", caseId);
        }
    }
}
