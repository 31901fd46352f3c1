using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>
/// Stores a DateTimeOffset for SQLite in EF Core's binary layout (ticks / 1000 shifted left 11 bits,
/// offset minutes in the low bits) but always as UTC, so stored values compare and order as instants.
/// EF's own converter keeps the local ticks: 24:00 in Astana (+05:00) would sort five hours late.
/// Rows written with an offset by the old converter still read back correctly.
/// </summary>
public sealed class UtcBinaryDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, long>(
    value => (value.UtcTicks / 1000) << 11,
    stored => new DateTimeOffset((stored >> 11) * 1000, TimeSpan.FromMinutes((stored << 53) >> 53)));
