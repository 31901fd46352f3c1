using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.UnitTests.Persistence;

public sealed class UtcBinaryDateTimeOffsetConverterTests
{
    static readonly UtcBinaryDateTimeOffsetConverter Converter = new();

    static long Store(DateTimeOffset value) => (long)Converter.ConvertToProvider(value)!;

    [Fact]
    public void Stored_values_order_as_instants_whatever_their_offset()
    {
        var astanaMidnight = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.FromHours(5)); // 19:00 UTC the day before
        var utcEvening = new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero);

        Assert.True(Store(astanaMidnight) < Store(utcEvening));
    }

    [Fact]
    public void A_value_reads_back_as_the_same_instant()
    {
        var value = new DateTimeOffset(2026, 3, 21, 23, 59, 59, 123, TimeSpan.FromHours(5));

        Assert.Equal(value, (DateTimeOffset)Converter.ConvertFromProvider(Store(value))!);
    }

    [Fact]
    public void Rows_written_by_efs_own_converter_still_read_back()
    {
        var value = new DateTimeOffset(2026, 3, 21, 12, 0, 0, TimeSpan.FromHours(5));
        var old = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(value)!;

        Assert.Equal(value, (DateTimeOffset)Converter.ConvertFromProvider(old)!);
    }
}
