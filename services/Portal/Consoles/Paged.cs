namespace NomadPlatform.Portal.Consoles;

/// <summary>One page of an ordered list, as every console list shows it (20 rows, a page past the last shows the last).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Number, int Pages, int Total)
{
    public const int Size = 20;

    public static Paged<T> Of(IReadOnlyList<T> ordered, int page)
    {
        var pages = Math.Max(1, (ordered.Count + Size - 1) / Size);
        var number = Math.Clamp(page, 1, pages);
        return new Paged<T>(ordered.Skip((number - 1) * Size).Take(Size).ToList(), number, pages, ordered.Count);
    }
}
