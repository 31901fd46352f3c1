using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;

namespace NomadPlatform.UnitTests.Portal;

public sealed class QueueViewTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 2, 4, 0, 0, TimeSpan.Zero);

    static List<QueueItem> Items(int count) => Enumerable.Range(0, count)
        .Select(i => new QueueItem(Guid.NewGuid(), $"Applicant {count - i:000}", i % 2 == 0 ? "Interview" : "DocumentVerification", Now.AddHours(count - i), i == count - 1))
        .ToList();

    [Fact]
    public void The_worklist_shows_the_nearest_legal_date_first_a_page_at_a_time()
    {
        var view = QueueView.Of(Items(45), step: null, sort: null, page: 1);
        Assert.Equal(QueueView.PageSize, view.Page.Count);
        Assert.Equal(3, view.Pages);
        Assert.Equal(45, view.Total);
        Assert.Equal(view.Page.OrderBy(i => i.DueAt), view.Page);
        Assert.True(view.Page[0].Breached);
    }

    [Fact]
    public void A_step_filters_and_a_name_sorts_and_a_page_past_the_last_shows_the_last()
    {
        var view = QueueView.Of(Items(45), step: "Interview", sort: "name", page: 9);
        Assert.Equal(23, view.Total);
        Assert.Equal(2, view.PageNumber);
        Assert.All(view.Page, i => Assert.Equal("Interview", i.Step));
        Assert.Equal(view.Page.OrderBy(i => i.ApplicantName, StringComparer.CurrentCulture), view.Page);
        Assert.Equal("name", view.Sort);
    }

    [Fact]
    public void An_unknown_sort_falls_back_to_the_legal_date()
    {
        Assert.Equal("due", QueueView.Of(Items(3), null, "'; drop", 1).Sort);
    }
}
