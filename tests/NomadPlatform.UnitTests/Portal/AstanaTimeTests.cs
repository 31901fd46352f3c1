using System.Globalization;
using NomadPlatform.Calendar;
using NomadPlatform.Portal.Localisation;

namespace NomadPlatform.UnitTests.Portal;

public sealed class AstanaTimeTests
{
    readonly AstanaTime _astana = new(KazakhstanCalendar.Load(), TimeProvider.System);

    [Fact]
    public void A_legal_date_ending_at_midnight_reads_as_the_end_of_its_last_day_in_Astana()
    {
        using var _ = new CultureScope("en-GB");
        // The end of the second working day after Wednesday 7 October: 24:00 on Friday the 9th, Astana time.
        Assert.Equal("Friday, 9 October 2026, 24:00", _astana.FormatDue(new DateTimeOffset(2026, 10, 9, 19, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Any_other_moment_reads_as_itself_in_Astana_time_and_the_readers_language()
    {
        using var _ = new CultureScope("ru");
        // ICU spaces some parts with non-breaking spaces: read the words, not the spacing.
        var read = string.Join(' ', _astana.FormatDue(new DateTimeOffset(2026, 10, 9, 9, 30, 0, TimeSpan.Zero)).Split((char[])[' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("пятница, 9 октября 2026 г. 14:30", read);
    }

    sealed class CultureScope : IDisposable
    {
        readonly CultureInfo _before = CultureInfo.CurrentCulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentCulture = _before;
    }
}
