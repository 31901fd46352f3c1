using Microsoft.Extensions.Hosting;
using NomadPlatform.Infrastructure.Audit;

namespace NomadPlatform.UnitTests.Audit;

public sealed class AuditSwitchTests
{
    static HostApplicationBuilder Builder(string environment, string? enabled)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        if (enabled is not null) builder.Configuration["Audit:Enabled"] = enabled;
        return builder;
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    [InlineData("Simulation")]
    public void Auditing_cannot_be_turned_off_where_people_or_demonstrations_run(string environment) =>
        Assert.Throws<InvalidOperationException>(() => AuditSwitch.Check(Builder(environment, "false")));

    [Fact]
    public void Only_the_benchmarks_testing_environment_may_measure_without_it()
    {
        AuditSwitch.Check(Builder("Testing", "false"));
        AuditSwitch.Check(Builder("Production", null));
        Assert.False(AuditSwitch.IsOn(Builder("Testing", "false").Configuration));
        Assert.True(AuditSwitch.IsOn(Builder("Production", null).Configuration));
    }
}
