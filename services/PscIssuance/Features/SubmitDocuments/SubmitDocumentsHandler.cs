using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Arrival.V1;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.PscIssuance.Domain;
using NomadPlatform.PscIssuance.Infrastructure;

namespace NomadPlatform.PscIssuance.Features.SubmitDocuments;

/// <summary>Takes the documents once Arrival confirms the arrival is complete; handing them in again returns the first submission.</summary>
public sealed class SubmitDocumentsHandler(PscIssuanceDbContext db, ArrivalRecords.ArrivalRecordsClient arrivals, TimeProvider time)
{
    public async Task<(DocumentSubmission Submission, bool Taken)> HandleAsync(
        Guid caseId, string office, IReadOnlyCollection<PscDocument> documents, string officerIin, CancellationToken cancellationToken)
    {
        if (await db.Submissions.FindAsync([caseId], cancellationToken) is { } existing) return (existing, false);

        var arrival = await GetArrivalAsync(caseId, cancellationToken);
        if (!arrival.Completed)
            throw new CaseRuleViolation("psc.arrival-incomplete", $"The arrival for case {caseId} is not complete: fingerprints, medical examination and housing contract come first.");

        var submission = DocumentSubmission.Take(
            caseId, arrival.Iin, office, documents, DateOnly.Parse(arrival.PassportExpiresOn), arrival.HousingAddress, officerIin, time.GetUtcNow());
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        return (submission, true);
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
