using NomadPlatform.Infrastructure.Grpc;

namespace NomadPlatform.UnitTests.Grpc;

public sealed class BoundedStatusDetailTests
{
    [Fact]
    public void A_detail_quoting_a_huge_value_is_cut_to_what_any_client_reads_and_a_short_one_is_kept()
    {
        var huge = $"IIN '{new string('9', 100_000)}' is not 12 digits.";

        Assert.Equal(BoundedStatusDetail.MaximumLength, BoundedStatusDetail.Cut(huge).Length);
        Assert.EndsWith("…", BoundedStatusDetail.Cut(huge));
        Assert.Equal("IIN '123' is not 12 digits.", BoundedStatusDetail.Cut("IIN '123' is not 12 digits."));
    }
}
