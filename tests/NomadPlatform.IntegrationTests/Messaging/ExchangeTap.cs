using NomadPlatform.IntegrationTests.Fixtures;
using RabbitMQ.Client;

namespace NomadPlatform.IntegrationTests.Messaging;

/// <summary>
/// A queue of the test's own bound to a message type's exchange: every copy the broker routes there,
/// before any consumer's inbox could recognise a duplicate.
/// </summary>
sealed class ExchangeTap : IAsyncDisposable
{
    readonly IConnection _connection;
    readonly IChannel _channel;
    readonly string _queue;

    ExchangeTap(IConnection connection, IChannel channel, string queue) => (_connection, _channel, _queue) = (connection, channel, queue);

    public static async Task<ExchangeTap> OpenAsync(RabbitMqServer rabbit, string exchange)
    {
        var connection = await rabbit.ConnectAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = $"tap-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue, exchange, "");
        return new ExchangeTap(connection, channel, queue);
    }

    /// <summary>The message id of every copy that reached the queue so far.</summary>
    public async Task<List<Guid>> DrainAsync()
    {
        var ids = new List<Guid>();
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } message)
            ids.Add(Guid.TryParse(message.BasicProperties.MessageId, out var id) ? id : Guid.Empty);
        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
