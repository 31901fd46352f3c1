using MassTransit;

namespace NomadPlatform.IntegrationTests.TestService;

/// <summary>Always fails: its messages must end in the error queue with the reason, and nothing else stops.</summary>
public sealed class PoisonPillConsumer : IConsumer<PoisonPill>
{
    public Task Consume(ConsumeContext<PoisonPill> context) =>
        throw new InvalidOperationException($"Poison pill for case {context.Message.CaseId}: {context.Message.Reason}");
}
