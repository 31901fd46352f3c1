using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Feed.Domain;

/// <summary>
/// A partner's right to one event type with a data view: the fields it is served (the case and its
/// time always). Granted and withdrawn by a named administrator; a changed view is a new grant, so the
/// history of who allowed what stays.
/// </summary>
public sealed class PartnerGrant
{
    public long Id { get; private set; }
    public string PartnerBin { get; private set; } = "";
    public string EventType { get; private set; } = "";
    public string Fields { get; private set; } = "";
    public DateTimeOffset GrantedAt { get; private set; }
    public string GrantedBy { get; private set; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }

    PartnerGrant() { }

    public bool Current => WithdrawnAt is null;

    public IReadOnlySet<string> FieldSet => Fields.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>A grant of <paramref name="type"/> with these of its fields; a field the type does not have is an invalid request naming it.</summary>
    public static PartnerGrant Of(string partnerBin, CaseEventType type, IReadOnlyCollection<string> fields, string administratorIin, DateTimeOffset now)
    {
        var known = type.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (fields.FirstOrDefault(f => !known.Contains(f)) is { } unknown)
            throw new InvalidField("fields", "feed.field-unknown", $"{type.Name} has no field '{unknown}'; its fields: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        return new PartnerGrant
        {
            PartnerBin = partnerBin,
            EventType = type.Name,
            Fields = string.Join(',', fields.Concat(CaseEventType.AlwaysServed).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            GrantedAt = now,
            GrantedBy = administratorIin,
        };
    }

    public void Withdraw(string administratorIin, DateTimeOffset now)
    {
        WithdrawnAt ??= now;
        WithdrawnBy ??= administratorIin;
    }
}
