using Microsoft.Extensions.Configuration;

namespace NomadPlatform.Feed.Features.Read;

/// <summary>The BIN of each agency that publishes events (<c>Agencies:&lt;service&gt;:Bin</c>), for the events' source.</summary>
public sealed class AgencyDirectory(IConfiguration configuration)
{
    public string BinOf(string agency) => configuration[$"Agencies:{agency}:Bin"]
        ?? throw new InvalidOperationException($"Agencies:{agency}:Bin is not configured: the feed cannot name the source of its events.");
}
