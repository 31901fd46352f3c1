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
    public void Anything_else_is_refused_with_the_expected_shape()
    {
        var error = Assert.Throws<FormatException>(() => BrokerAddress.Parse("Host=localhost"));
        Assert.Contains("amqp://", error.Message);
    }
}
