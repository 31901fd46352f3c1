namespace NomadPlatform.Feed.Domain;

/// <summary>
/// An organisation (its BIN, with a system certificate from the national CA) registered to receive
/// case events; what it may receive is its grants.
/// </summary>
public sealed class Partner
{
    public string Bin { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    Partner() { }

    public static Partner Register(string bin, string name, string administratorIin, DateTimeOffset now) => new()
    {
        Bin = bin,
        Name = name,
        RegisteredAt = now,
        RegisteredBy = administratorIin,
    };
}
