using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Consoles;

/// <summary>A worklist as an officer reads it: filtered by step, sorted (by default the nearest legal date first), one page at a time.</summary>
public sealed record QueueView(IReadOnlyList<QueueItem> Page, int PageNumber, int Pages, int Total, string? Step, string Sort)
{
    public const int PageSize = 20;
    public static readonly string[] Sorts = ["due", "name"];

    public static QueueView Of(IReadOnlyList<QueueItem> items, string? step, string? sort, int page)
    {
        var filtered = items.Where(i => step is null || i.Step == step).ToList();
        var ordered = (sort == "name" ? filtered.OrderBy(i => i.ApplicantName, StringComparer.CurrentCulture) : filtered.OrderBy(i => i.DueAt)).ToList();
        var pages = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pages);
        return new QueueView(ordered.Skip((number - 1) * PageSize).Take(PageSize).ToList(), number, pages, ordered.Count, step, sort == "name" ? "name" : "due");
    }
}
