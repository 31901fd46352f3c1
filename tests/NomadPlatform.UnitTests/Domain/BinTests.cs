using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class BinTests
{
    [Theory]
    [InlineData("971240001315")]
    [InlineData("940140000385")]
    [InlineData("000740001307")]
    public void Registered_bins_validate(string bin) => Assert.True(Bin.TryParse(bin, out _, out var reason), reason);

    [Theory]
    [InlineData("97124000131", "exactly 12 digits")]
    [InlineData("971340001315", "month")]
    [InlineData("971270001315", "entity type")]
    [InlineData("971248001315", "head office")]
    [InlineData("971240001316", "check digit")]
    public void Invalid_bins_are_refused_with_their_reason(string bin, string reason)
    {
        Assert.False(Bin.TryParse(bin, out _, out var why));
        Assert.Contains(reason, why);
    }
}
