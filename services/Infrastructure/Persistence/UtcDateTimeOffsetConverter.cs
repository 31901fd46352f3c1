using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL's <c>timestamp with time zone</c> holds instants and Npgsql refuses a DateTimeOffset with
/// any offset but zero; deadlines come from Kazakhstan's calendar at +05:00. Written as the same
/// instant in UTC; read back in UTC.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => stored);
