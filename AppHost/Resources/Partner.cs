using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// A partner organisation (a bank, an employer) registered with the national CA so that its system can
/// enrol a certificate and sign in to the feed: <c>Partners:&lt;name&gt;:Bin</c> and <c>…:Name</c>.
/// The feed's operator still decides what it may receive.
/// </summary>
public sealed record Partner(string Key, string Bin, string Name)
{
    public static IReadOnlyList<Partner> All(IConfiguration configuration) => configuration.GetSection("Partners").GetChildren()
        .Select(p => new Partner(p.Key,
            p["Bin"] ?? throw new InvalidOperationException($"Partners:{p.Key}:Bin is required."),
            p["Name"] ?? throw new InvalidOperationException($"Partners:{p.Key}:Name is required.")))
        .ToList();
}
