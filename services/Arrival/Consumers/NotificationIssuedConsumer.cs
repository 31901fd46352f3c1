using MassTransit;
using NomadPlatform.Arrival.Features.OpenArrivalWindow;
using NomadPlatform.Contracts.Approval;

namespace NomadPlatform.Arrival.Consumers;

public sealed class NotificationIssuedConsumer(OpenArrivalWindowHandler handler) : IConsumer<NotificationIssued>
{
    public Task Consume(ConsumeContext<NotificationIssued> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}
