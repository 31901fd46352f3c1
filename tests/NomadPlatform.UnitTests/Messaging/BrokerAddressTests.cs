using NomadPlatform.Infrastructure.Messaging;

namespace NomadPlatform.UnitTests.Messaging;

public sealed class BrokerAddressTests
{
    [Fact]
    public void Aspire_style_connection_strings_are_read_whole()
    {
        var address = BrokerAddress.Parse("amqp://nomad:s%40cret@broker.local:5673/cases");

        Assert.Equal(new BrokerAddress("broker.local", 5673, "cases", "nomad", "s@cret"), address);
    }

    [Fact]
    public void Defaults_fill_what_is_left_out()
    {
        Assert.Equal(new BrokerAddress("localhost", 5672, "/", "guest", "guest"), BrokerAddress.Parse("amqp://localhost"));
    }

    [Fact]
    public void A_cluster_is_named_node_by_node_and_gets_quorum_queues()
    {
        var address = BrokerAddress.Parse("amqp://nomad:s%40cret@rabbit-1:5672,rabbit-2:5673,rabbit-3/cases");

        Assert.Equal(new BrokerAddress("rabbit-1", 5672, "cases", "nomad", "s@cret") { ClusterNodes = address.ClusterNodes, QuorumQueues = true }, address);
        Assert.Equal(["rabbit-1:5672", "rabbit-2:5673", "rabbit-3:5672"], address.ClusterNodes);
        Assert.Equal("quorum", address.DurableQueueArguments()["x-queue-type"]);
    }

    [Fact]
    public void A_single_broker_keeps_classic_queues()
    {
        var address = BrokerAddress.Parse("amqp://nomad@localhost:5673");

        Assert.Empty(address.ClusterNodes);
        Assert.False(address.QuorumQueues);
        Assert.Empty(address.DurableQueueArguments());
    }

    [Theory]
    [InlineData("Host=localhost")]
    [InlineData("amqp://nomad@rabbit-1:5672,/cases")]
    [InlineData("amqp://nomad@rabbit-1:5672,rabbit-2:port/cases")]
    public void Anything_else_is_refused_with_the_expected_shape(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => BrokerAddress.Parse(connectionString));
        Assert.Contains("amqp://", error.Message);
    }
}
