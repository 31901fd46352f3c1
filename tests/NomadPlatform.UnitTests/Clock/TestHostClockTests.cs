using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.UnitTests.Clock;

public sealed class TestHostClockTests : IDisposable
{
    readonly string _file = Path.Combine(Path.GetTempPath(), $"clock-{Guid.NewGuid():N}");

    [Fact]
    public void The_first_offset_may_pin_the_clock_in_the_past_and_afterwards_it_only_moves_forward()
    {
        TestHostClock.Write(_file, TimeSpan.FromDays(-30));
        var clock = new TestHostClock(_file);

        Assert.Equal(TimeSpan.FromDays(-30), clock.Offset);
        Thread.Sleep(20); // a newer write time
        TestHostClock.Write(_file, TimeSpan.FromDays(-10));
        Assert.Equal(TimeSpan.FromDays(-10), clock.Offset);
        Thread.Sleep(20);
        TestHostClock.Write(_file, TimeSpan.FromDays(-20));
        Assert.Equal(TimeSpan.FromDays(-10), clock.Offset);
        Assert.InRange(clock.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromDays(-10) - TimeSpan.FromSeconds(5), TimeSpan.FromDays(-10) + TimeSpan.FromSeconds(5));
    }

    public void Dispose() => File.Delete(_file);
}
