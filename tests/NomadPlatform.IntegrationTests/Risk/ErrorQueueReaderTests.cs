using System.Text;
using System.Text.Json;
using NomadPlatform.Infrastructure.Messaging;
using NomadPlatform.Infrastructure.Risk;
using NomadPlatform.IntegrationTests.Fixtures;
using RabbitMQ.Client;

namespace NomadPlatform.IntegrationTests.Risk;

/// <summary>
/// An agency's error queue on a real broker, read with the agency's own account: looking leaves every
/// message where it was; moving back takes what failed on a mended cause and leaves a refused forgery.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ErrorQueueReaderTests(RabbitMqServer rabbit)
{
    [Fact]
    public async Task Peeking_leaves_the_messages_and_moving_back_names_the_agency_and_the_operator_but_leaves_a_forgery()
    {
        var queue = $"approval-risk-{Guid.NewGuid():N}";
        var error = queue + ErrorQueues.Suffix;
        await using var admin = await rabbit.ConnectAsync();
        await using var setup = await admin.CreateChannelAsync();
        await setup.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true);
        await setup.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await setup.QueueBindAsync(queue, queue, "");
        await setup.QueueDeclareAsync(error, durable: true, exclusive: false, autoDelete: false);
        var failedCase = Guid.NewGuid();
        var forgedCase = Guid.NewGuid();
        await PutAsync(setup, error, failedCase, "NomadPlatform.Infrastructure.Domain.CaseRuleViolation", "Endorsement AH-2026-000042 fails verification: [revocation] revoked");
        await PutAsync(setup, error, forgedCase, "NomadPlatform.Infrastructure.Messaging.ForeignPublisher", "EndorsementIssued is an event of 'hubintake'");

        var queues = new ErrorQueues();
        queues.Add(new Uri($"rabbitmq://localhost/{queue}"));
        await using var reader = new ErrorQueueReader(BrokerAddress.Parse(rabbit.ConnectionStringFor("approval")), queues);

        var seen = await reader.PeekAsync(CancellationToken.None);
        Assert.Equal([failedCase, forgedCase], seen.Select(m => m.CaseId));
        Assert.All(seen, m => Assert.Equal(("EndorsementIssued", error), (m.MessageType, m.Queue)));
        Assert.Equal("CaseRuleViolation: Endorsement AH-2026-000042 fails verification: [revocation] revoked", seen[0].Reason);
        Assert.Equal(2u, await setup.MessageCountAsync(error));

        Assert.Equal(1, await reader.RedeliverAsync(error, "850101300011", CancellationToken.None));

        Assert.Equal(1u, await setup.MessageCountAsync(error));
        var back = await setup.BasicGetAsync(queue, autoAck: true);
        Assert.NotNull(back);
        Assert.Equal("approval", back.BasicProperties.UserId);
        Assert.Equal("850101300011", Encoding.UTF8.GetString((byte[])back.BasicProperties.Headers![ErrorQueueReader.OperatorRedeliveryHeader]!));
        Assert.Contains(failedCase.ToString(), Encoding.UTF8.GetString(back.Body.Span));
        Assert.Equal(forgedCase, Assert.Single(await reader.PeekAsync(CancellationToken.None)).CaseId);
    }

    static async Task PutAsync(IChannel channel, string queue, Guid caseId, string exceptionType, string reason)
    {
        var envelope = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = Guid.NewGuid(),
            messageType = new[] { "urn:message:NomadPlatform.Contracts.HubIntake:EndorsementIssued" },
            message = new { caseId, endorsementNumber = "AH-2026-000042" },
        });
        var properties = new BasicProperties
        {
            Persistent = true,
            Headers = new Dictionary<string, object?> { ["MT-Fault-ExceptionType"] = exceptionType, ["MT-Fault-Message"] = reason },
        };
        await channel.BasicPublishAsync("", queue, true, properties, envelope);
    }
}
