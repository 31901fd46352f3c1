namespace NomadPlatform.IntegrationTests.Fixtures;

static class Eventually
{
    /// <summary>Polls until the probe gives a value the condition accepts; fails with the last value seen.</summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var value = await probe();
        while (!condition(value))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not met in time; last value: {value}");
            await Task.Delay(100);
            value = await probe();
        }
        return value;
    }
}
