using NomadPlatform.Infrastructure.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Contracts.Grpc.Arrival.V1;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Arrival.Grpc;

public sealed class ArrivalRecordsService(ArrivalDbContext db, AuditTrail audit) : ArrivalRecords.ArrivalRecordsBase
{
    public override async Task<ArrivalReply> GetArrival(GetArrivalRequest request, ServerCallContext context)
    {
        var caseId = CaseIdArgument.Parse(request.CaseId);
        CaseTelemetry.TagCase(caseId);
        var arrival = await db.Arrivals.AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No arrival record exists for case {caseId}."));
        await audit.ReadAsync("arrival-record", caseId, arrival.Iin, context.CancellationToken);
        return new ArrivalReply
        {
            CaseId = caseId.ToString(),
            Iin = arrival.Iin,
            Completed = arrival.Status == ArrivalStatus.Completed,
            HousingAddress = arrival.HousingAddress ?? "",
            PassportExpiresOn = arrival.PassportExpiresOn.ToString("O"),
            CompletedAt = arrival.CompletedAt?.ToString("O") ?? "",
        };
    }
}
