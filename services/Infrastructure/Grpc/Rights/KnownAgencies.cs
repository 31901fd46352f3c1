namespace NomadPlatform.Infrastructure.Grpc.Rights;

/// <summary>
/// The agencies this service deals with, by the name of the service each runs and its BIN
/// (<c>Agencies:&lt;service&gt;:Bin</c>): rights are written by name and checked by the BIN the caller's
/// certificate proves.
/// </summary>
public sealed class KnownAgencies
{
    public Dictionary<string, KnownAgency> Agencies { get; set; } = new(StringComparer.Ordinal);

    public string? NameOf(string bin) => Agencies.FirstOrDefault(a => a.Value.Bin == bin).Key;
}

public sealed class KnownAgency
{
    public string Bin { get; set; } = "";
}
