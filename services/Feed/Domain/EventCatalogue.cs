using NomadPlatform.Contracts;

namespace NomadPlatform.Feed.Domain;

/// <summary>Every public case event type of the contract assembly (each <see cref="ICaseEvent"/> record), by CloudEvents type.</summary>
public sealed class EventCatalogue
{
    readonly Dictionary<string, CaseEventType> _byName;
    readonly Dictionary<Type, CaseEventType> _byContract;

    public EventCatalogue(IEnumerable<CaseEventType> types)
    {
        All = types.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        _byName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _byContract = All.ToDictionary(t => t.ContractType);
    }

    public static EventCatalogue FromContracts() => new(typeof(ICaseEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseEvent).IsAssignableFrom(t))
        .Select(CaseEventType.Of));

    public IReadOnlyList<CaseEventType> All { get; }

    public CaseEventType? Find(string name) => _byName.GetValueOrDefault(name);

    public CaseEventType Of(Type contract) => _byContract[contract];
}
