using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.AppHost.Resources;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.TestService;

namespace NomadPlatform.IntegrationTests.Messaging;

/// <summary>
/// A service on a three-node RabbitMQ cluster, as the AppHost starts it with <c>Messaging:Nodes=3</c>: its
/// queues are quorum queues on every node, and losing the node it is connected to loses nothing.
/// </summary>
[Collection(BrokerClusterCollection.Name)]
public sealed class BrokerClusterTests(RabbitMqCluster cluster)
{
    TestServiceHost NewService() => new(DatabaseProvider.Sqlite,
        $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-test-{Guid.NewGuid():N}.db")}", cluster.ConnectionString, $"t{Guid.NewGuid():N}"[..12]);

    [Fact]
    public async Task Every_durable_queue_of_a_service_is_a_quorum_queue_on_all_three_nodes()
    {
        var service = NewService();
        await using var host = await service.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var caseId = Guid.NewGuid();

        // A fault and a delayed redelivery: their queues are declared by the service, not by MassTransit's topology.
        await bus.Publish(new PoisonPill(caseId, "malformed endorsement"));
        await bus.Publish(new FlakyNote(caseId, FailuresBeforeSuccess: 3));
        await Eventually.HoldsAsync(() => TestServiceHost.ReceivedAsync(host.Services, caseId), r => r.Count == 1);
        await Eventually.HoldsAsync(() => ErrorQueue.PeekFaultAsync(cluster, $"{service.ServiceName}-poison-pill_error"), f => f is not null);

        var queues = (await QueuesAsync()).Where(q => q.Name.StartsWith($"{service.ServiceName}-", StringComparison.Ordinal)).ToList();
        var durable = queues.Where(q => q.Durable).ToList();
        Assert.Contains(durable, q => q.Name == $"{service.ServiceName}-case-noted");
        Assert.Contains(durable, q => q.Name == $"{service.ServiceName}-poison-pill_error");
        Assert.Contains(durable, q => q.Name.StartsWith($"{service.ServiceName}-flaky-note_redelivery_", StringComparison.Ordinal));
        Assert.All(durable, q =>
        {
            Assert.Equal("quorum", q.Type);
            Assert.Equal(cluster.Nodes.Select(n => n.NodeName).Order(), q.Members.Order());
        });
        // Only the bus's own reply queue, which goes with the instance, is not replicated.
        Assert.All(queues.Except(durable), q => Assert.Contains("-bus-", q.Name));
    }

    [Fact]
    public async Task Events_committed_while_the_node_the_service_is_connected_to_is_killed_are_each_consumed_once()
    {
        await using var host = await NewService().StartAsync();
        var cases = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        var first = cluster.Nodes[0];
        try
        {
            // Connected to the first node that answered, the first listed; it dies a third of the way through.
            for (var i = 0; i < cases.Count; i++)
            {
                if (i == cases.Count / 3) cluster.Kill(first);
                await TestServiceHost.NoteAsync(host.Services, cases[i], $"note {i}");
                await Task.Delay(50);
            }

            await Eventually.HoldsAsync(
                async () => new
                {
                    NotReceived = cases.Except(await TestServiceHost.QueryAsync(host.Services, db => db.ReceivedNotes.Select(n => n.CaseId).ToListAsync())).Count(),
                    Undelivered = await TestServiceHost.QueryAsync(host.Services, db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null)),
                },
                progress => progress.NotReceived == 0, TimeSpan.FromSeconds(90));
            await Eventually.HoldsAsync(
                () => TestServiceHost.QueryAsync(host.Services, db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null)),
                undelivered => undelivered == 0, TimeSpan.FromSeconds(60));
            // A message published or consumed twice across the failover is recorded once (the inbox).
            var notes = await TestServiceHost.QueryAsync(host.Services, db => db.ReceivedNotes.Where(n => cases.Contains(n.CaseId)).ToListAsync());
            Assert.Equal(cases.Order(), notes.Select(n => n.CaseId).Order());
        }
        finally
        {
            Assert.True(await cluster.StartAsync(first), "the killed node came back and rejoined");
        }
    }

    sealed record Queue(string Name, string Type, bool Durable, IReadOnlyList<string> Members);

    async Task<List<Queue>> QueuesAsync()
    {
        var node = cluster.Nodes[^1];
        var json = await LocalProcess.RunAsync(LocalRabbitMqNode.Control,
            ["-n", node.NodeName, "list_queues", "name", "type", "durable", "members", "--formatter", "json", "--quiet"], node.Environment.ToDictionary());
        return JsonDocument.Parse(json).RootElement.EnumerateArray().Select(q => new Queue(
            q.GetProperty("name").GetString()!,
            q.GetProperty("type").GetString()!,
            q.GetProperty("durable").GetBoolean(),
            q.TryGetProperty("members", out var members) && members.ValueKind == JsonValueKind.Array
                ? members.EnumerateArray().Select(m => m.GetString()!).ToList()
                : [])).ToList();
    }
}
