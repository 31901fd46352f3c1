using Microsoft.Extensions.Localization;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Localisation;

namespace NomadPlatform.Portal.Accesses;

/// <summary>A text for the reader; <see cref="Untranslated"/> when it is a name from the log with no text of its own (shown as is, marked as not the page's language).</summary>
public readonly record struct Worded(string Text, bool Untranslated = false);

/// <summary>
/// An audit line put into the reader's words: the log keeps names (<c>read:person</c>,
/// <c>write:changed HubApplication: Status</c>, roles joined by commas, <c>System of approval</c>);
/// the page shows which agency, in what capacity, what was done to which record, and why.
/// </summary>
public sealed class AccessWording(IStringLocalizer<Texts> texts)
{
    static readonly Dictionary<string, string> AgencyKeys = new(StringComparer.Ordinal)
    {
        ["identity"] = "Identity", ["hubintake"] = "HubIntake", ["approval"] = "Approval", ["arrival"] = "Arrival",
        ["pscissuance"] = "PscIssuance", ["notifications"] = "Notifications",
    };

    const string SystemOf = "System of ";
    const string Organisation = "Organisation ";

    public Worded Agency(string agency) => AgencyKeys.TryGetValue(agency, out var key) ? Text($"Agency.{key}", agency) : new(agency, true);

    /// <summary>Another agency's system, another organisation's employee, or this agency's officer in each of their roles.</summary>
    public Worded Role(string role)
    {
        if (role.StartsWith(SystemOf, StringComparison.Ordinal))
            return Agency(role[SystemOf.Length..]) is { Untranslated: false } agency ? new(texts["Access.SystemOf", agency.Text]) : new(role, true);
        if (role.StartsWith(Organisation, StringComparison.Ordinal)) return new(texts["Access.Organisation", role[Organisation.Length..]]);
        var roles = role.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => Text($"Role.{r}", r)).ToList();
        return new(string.Join(", ", roles.Select(r => r.Text)), roles.Any(r => r.Untranslated));
    }

    /// <summary>Viewed, added, changed or removed.</summary>
    public Worded Action(AgencyAccess access) => Text($"Access.Action.{Verb(access.Action)}", access.Action);

    /// <summary>Which record: a read names its kind (<c>person</c>), a write the record's type before any changed fields.</summary>
    public Worded Record(AgencyAccess access)
    {
        var name = access.What.Split(':', 2)[0].Trim();
        return Text($"Access.Record.{name}", name);
    }

    /// <summary>The reason code an officer gave, or the case the access was for.</summary>
    public Worded Reason(AgencyAccess access) => access switch
    {
        { Reason: { Length: > 0 } reason } => Text($"Access.Reason.{reason}", reason),
        { CaseId: not null } => new(texts["Access.ForCase"]),
        _ => new(texts["Access.NoReason"]),
    };

    static string Verb(string action) => action switch
    {
        _ when action.StartsWith("read:", StringComparison.Ordinal) => "read",
        _ when action.StartsWith("write:", StringComparison.Ordinal) => action["write:".Length..],
        _ => action,
    };

    Worded Text(string key, string fallback) => texts[key] is { ResourceNotFound: false } found ? new(found.Value) : new(fallback, true);
}
