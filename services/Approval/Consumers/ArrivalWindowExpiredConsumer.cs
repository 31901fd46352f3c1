using MassTransit;
using NomadPlatform.Approval.Features.CancelForNoShow;
using NomadPlatform.Contracts.Arrival;

namespace NomadPlatform.Approval.Consumers;

public sealed class ArrivalWindowExpiredConsumer(CancelForNoShowHandler handler) : IConsumer<ArrivalWindowExpired>
{
    public Task Consume(ConsumeContext<ArrivalWindowExpired> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
