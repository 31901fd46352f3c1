using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// The broker's accounts as RabbitMQ definitions loaded at the node's first boot (no <c>guest</c> is
/// created then): one per agency and an operator. An agency may configure and read only its own
/// queues (<c>{prefix}-…</c>) and the contract exchanges it binds to, and may publish only to the
/// exchanges of the message types its agency owns (<c>NomadPlatform.Contracts.{Owner}:…</c>; MassTransit
/// names an exchange by the type's namespace and name), plus the shared interface exchanges
/// (<c>NomadPlatform.Contracts:…</c>) and fault exchanges MassTransit binds them to. A partner
/// (<c>partner-{name}</c>) reads: its own queues bound to the contract exchanges, and publishes nothing.
/// </summary>
public static class BrokerAccounts
{
    public const string Operator = "nomad-operator";

    /// <summary>An agency's account: broker user, queue prefix (its MassTransit service name), owned contract namespace.</summary>
    public sealed record Account(string User, string Password, string QueuePrefix, string ContractNamespace);

    /// <summary>The queue prefix and contract namespace of each agency's service, by its resource name (also its broker user).</summary>
    public static readonly IReadOnlyDictionary<string, (string QueuePrefix, string ContractNamespace)> Agencies =
        new Dictionary<string, (string, string)>
        {
            ["identity"] = ("identity", "Identity"),
            ["hubintake"] = ("hub-intake", "HubIntake"),
            ["approval"] = ("approval", "Approval"),
            ["arrival"] = ("arrival", "Arrival"),
            ["pscissuance"] = ("psc-issuance", "PscIssuance"),
            // The partner feed reads every agency's events and owns none.
            ["feed"] = ("feed", "Feed"),
            // The applicants' notices: reads the events that concern them and owns none.
            ["notifications"] = ("notifications", "Notifications"),
        };

    /// <summary>A partner system's read-only account, <c>partner-{name}</c>; its queues are named <c>partner-{name}-…</c>.</summary>
    public sealed record Partner(string Name, string Password)
    {
        public string User => $"partner-{Name}";
    }

    public static Account For(string resource, string password) =>
        new(resource, password, Agencies[resource].QueuePrefix, Agencies[resource].ContractNamespace);

    public static string Definitions(IEnumerable<Account> agencies, IEnumerable<Partner> partners, string operatorPassword)
    {
        var accounts = agencies.ToList();
        var readers = partners.ToList();
        foreach (var partner in readers.Where(p => !System.Text.RegularExpressions.Regex.IsMatch(p.Name, "^[a-z0-9][a-z0-9-]{0,40}$")))
            throw new InvalidOperationException($"Messaging:Partners: '{partner.Name}' must be lower-case letters, digits and hyphens (it names the partner's account and queues).");
        const string contracts = @"NomadPlatform\.Contracts[.:].*";
        // MassTransit publishes a consumer's failure as Fault<T> or ReceiveFault; refused, it would close the channel.
        const string faults = "MassTransit:(Fault|ReceiveFault).*";
        var users = accounts.Select(a => User(a.User, a.Password, ""))
            .Concat(readers.Select(p => User(p.User, p.Password, "")))
            .Append(User(Operator, operatorPassword, "administrator"));
        var permissions = accounts.Select(a =>
        {
            var own = $"{Regex(a.QueuePrefix)}-.*";
            return Permission(a.User,
                configure: $"^({own}|{contracts}|{faults})$",
                write: $@"^({own}|NomadPlatform\.Contracts\.{a.ContractNamespace}:.*|NomadPlatform\.Contracts:.*|{faults})$",
                read: $"^({own}|{contracts}|{faults})$");
        }).Concat(readers.Select(p =>
        {
            var own = $"{Regex(p.User)}-.*";
            return Permission(p.User, configure: $"^({own}|{contracts})$", write: $"^{own}$", read: $"^({own}|{contracts})$");
        })).Append(Permission(Operator, ".*", ".*", ".*"));
        return JsonSerializer.Serialize(new
        {
            users,
            vhosts = new[] { new { name = "/" } },
            permissions,
        }, new JsonSerializerOptions { WriteIndented = true });
    }

    static object User(string name, string password, string tags) => new
    {
        name,
        password_hash = Hash(password),
        hashing_algorithm = "rabbit_password_hashing_sha256",
        tags,
    };

    static object Permission(string user, string configure, string write, string read) => new { user, vhost = "/", configure, write, read };

    /// <summary>RabbitMQ's salted SHA-256: base64(salt ‖ SHA-256(salt ‖ UTF-8 password)), a 4-byte salt.</summary>
    static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        return Convert.ToBase64String([.. salt, .. SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)])]);
    }

    static string Regex(string literal) => System.Text.RegularExpressions.Regex.Escape(literal);
}
