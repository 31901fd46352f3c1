using System.Text;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Messaging;

static class ErrorQueue
{
    /// <summary>The fault reason MassTransit wrote on the first message in an error queue, or null while it is empty.</summary>
    public static async Task<string?> PeekFaultAsync(RabbitMqServer rabbit, string queue)
    {
        await using var connection = await rabbit.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var message = await channel.BasicGetAsync(queue, autoAck: false);
            if (message?.BasicProperties.Headers?.TryGetValue("MT-Fault-Message", out var reason) != true) return null;
            return reason is byte[] bytes ? Encoding.UTF8.GetString(bytes) : reason?.ToString();
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null; // the error queue does not exist until the first fault
        }
    }
}
