namespace NomadPlatform.Portal.Consoles;

/// <summary>The page links under a console list: each page's number and address, and which one is shown.</summary>
public sealed record Pager(int Current, int Pages, Func<int, string> LinkTo);
