using MassTransit;
using NomadPlatform.Approval.Features.ReceiveRpApplication;
using NomadPlatform.Contracts.HubIntake;

namespace NomadPlatform.Approval.Consumers;

public sealed class EndorsementIssuedConsumer(ReceiveRpApplicationHandler handler) : IConsumer<EndorsementIssued>
{
    public Task Consume(ConsumeContext<EndorsementIssued> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
