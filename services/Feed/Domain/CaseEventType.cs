using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Text.Json;
using NomadPlatform.Contracts;

namespace NomadPlatform.Feed.Domain;

/// <summary>A field of an event type as partners see it: its JSON name, and whether it says something about a person.</summary>
public sealed record EventField(string Name, bool PersonalData);

/// <summary>
/// A public case event type of the contract, as the feed names it for partners: CloudEvents type
/// <c>kz.nomad.&lt;agency&gt;.&lt;event&gt;.v&lt;version&gt;</c> (e.g. <c>kz.nomad.approval.preliminary-approval-granted.v1</c>),
/// the agency that publishes it (its broker account), and its fields. Read from the contract types, never kept by hand.
/// </summary>
public sealed record CaseEventType(Type ContractType, string Name, string Agency, int Version, IReadOnlyList<EventField> Fields)
{
    public const string Prefix = "kz.nomad.";

    /// <summary>Fields every grant includes: which case, and when (the envelope's subject and time say them too).</summary>
    public static readonly IReadOnlySet<string> AlwaysServed = new HashSet<string> { "caseId", "occurredAt" };

    /// <summary>A breaking change is a new record beside the old one, named with its version (<c>ResidencePermitIssuedV2</c>).</summary>
    public static CaseEventType Of(Type contract)
    {
        var versioned = Regex.Match(contract.Name, @"^(?<name>.+?)V(?<version>[2-9]|[1-9]\d+)$");
        var name = versioned.Success ? versioned.Groups["name"].Value : contract.Name;
        var version = versioned.Success ? int.Parse(versioned.Groups["version"].Value, CultureInfo.InvariantCulture) : 1;
        var agency = contract.Namespace!["NomadPlatform.Contracts.".Length..];
        var fields = contract.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new EventField(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetCustomAttribute<PersonalDataAttribute>() is not null))
            .ToList();
        return new CaseEventType(contract, $"{Prefix}{Kebab(agency)}.{Kebab(name)}.v{version}", agency.ToLowerInvariant(), version, fields);
    }

    static string Kebab(string pascal) => JsonNamingPolicy.KebabCaseLower.ConvertName(pascal);
}
