using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Consoles;

/// <summary>A worklist as an officer reads it: filtered by step, sorted (by default the nearest legal date first), one page at a time.</summary>
public sealed record QueueView(IReadOnlyList<QueueItem> Page, int PageNumber, int Pages, int Total, string? Step, string Sort)
{
    public const int PageSize = Paged<QueueItem>.Size;

    public static QueueView Of(IReadOnlyList<QueueItem> items, string? step, string? sort, int page)
    {
        var filtered = items.Where(i => step is null || i.Step == step).ToList();
        var ordered = (sort == "name" ? filtered.OrderBy(i => i.ApplicantName, StringComparer.CurrentCulture) : filtered.OrderBy(i => i.DueAt)).ToList();
        var paged = Paged<QueueItem>.Of(ordered, page);
        return new QueueView(paged.Items, paged.Number, paged.Pages, paged.Total, step, sort == "name" ? "name" : "due");
    }
}
