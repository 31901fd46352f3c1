using System.Globalization;
using NomadPlatform.Calendar;

namespace NomadPlatform.Portal.Localisation;

/// <summary>Moments as the reader reads them: in Astana time (said so) and, beside it, in the reader's own zone when it differs.</summary>
public sealed class AstanaTime(KazakhstanCalendar calendar, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateTimeOffset InAstana(DateTimeOffset moment) => moment.ToOffset(calendar.TimeZoneOffset);

    /// <summary>"5 November 2026, 10:00" in the reader's culture, at Astana's offset.</summary>
    public string Format(DateTimeOffset moment) => InAstana(moment).ToString("f", CultureInfo.CurrentCulture);

    /// <summary>A legal date: one that ends at midnight reads as the end of its last day ("Friday, 9 October 2026, 24:00"), not as the next day's 00:00.</summary>
    public string FormatDue(DateTimeOffset due)
    {
        var local = InAstana(due);
        return local.TimeOfDay == TimeSpan.Zero
            ? $"{local.AddDays(-1).ToString("D", CultureInfo.CurrentCulture)}, 24:00"
            : Format(due);
    }

    public string FormatDate(DateTimeOffset moment) => InAstana(moment).ToString("D", CultureInfo.CurrentCulture);

    public string FormatDate(DateOnly date) => date.ToString("D", CultureInfo.CurrentCulture);

    /// <summary>Astana's offset in minutes east of UTC, for the page's script that adds the reader's own time.</summary>
    public int OffsetMinutes => (int)calendar.TimeZoneOffset.TotalMinutes;

    /// <summary>Astana's offset as "UTC+05:00".</summary>
    public string Offset => $"UTC{(calendar.TimeZoneOffset < TimeSpan.Zero ? "-" : "+")}{calendar.TimeZoneOffset:hh\\:mm}";
}
