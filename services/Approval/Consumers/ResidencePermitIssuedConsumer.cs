using MassTransit;
using NomadPlatform.Approval.Features.RecordPermit;
using NomadPlatform.Contracts.PscIssuance;

namespace NomadPlatform.Approval.Consumers;

public sealed class ResidencePermitIssuedConsumer(RecordPermitHandler handler) : IConsumer<ResidencePermitIssued>
{
    public Task Consume(ConsumeContext<ResidencePermitIssued> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
