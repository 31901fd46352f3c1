using MassTransit;
using NomadPlatform.Contracts;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Messaging;

/// <summary>Tags the receive and consume spans, and everything the consumer does, with the case id.</summary>
public sealed class CaseTelemetryFilter<TMessage> : IFilter<ConsumeContext<TMessage>> where TMessage : class
{
    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (context.Message is ICaseEvent caseEvent) CaseTelemetry.TagCase(caseEvent.CaseId);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("case-telemetry");
}
