using System.Security.Cryptography;
using System.Text;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// A RabbitMQ node run from the server installed on this machine, as the current user, with its own data
/// folder and ports. Nodes given the same cluster and Erlang cookie form one cluster: a blank node joins
/// the first of its peers that answers (so one node boots alone before the others join it), and a node
/// started again later rejoins its cluster from its own data.
/// </summary>
public sealed record LocalRabbitMqNode(string Name, string DataDirectory, int Port, int DistributionPort)
{
    public const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string Control = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    public string NodeName => $"{Name}@localhost";

    /// <summary>The node has booted before in this data folder (and knows its cluster).</summary>
    public bool HasBooted => Directory.Exists(Path.Combine(DataDirectory, "mnesia"));

    /// <summary>What <c>rabbitmq-server</c> and <c>rabbitmqctl</c> read (the cookie is found under HOME).</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["HOME"] = DataDirectory,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_PORT"] = Port.ToString(),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(DataDirectory, "rabbitmq.conf"),
    };

    /// <summary>
    /// Writes what the node reads at boot: no plugins; the accounts' definitions, loaded at every boot (on
    /// a first boot they also mean no guest account is ever created); the cluster's peers; its cookie.
    /// </summary>
    public void Prepare(string definitions, IReadOnlyList<LocalRabbitMqNode> cluster, string? clusterSecret)
    {
        Directory.CreateDirectory(DataDirectory);
        var plugins = Path.Combine(DataDirectory, "enabled_plugins");
        if (!File.Exists(plugins)) File.WriteAllText(plugins, "[].\n");
        var definitionsFile = Path.Combine(DataDirectory, "definitions.json");
        WritePrivate(definitionsFile, definitions);
        var config = new StringBuilder($"definitions.import_backend = local_filesystem\ndefinitions.local.path = {definitionsFile}\n");
        if (cluster.Count > 1)
        {
            config.Append("cluster_formation.peer_discovery_backend = classic_config\n");
            for (var i = 0; i < cluster.Count; i++) config.Append($"cluster_formation.classic_config.nodes.{i + 1} = {cluster[i].NodeName}\n");
        }
        WritePrivate(Path.Combine(DataDirectory, "rabbitmq.conf"), config.ToString());
        // Nodes of one cluster (and the CLI speaking to them) must share it; Erlang reads it only if its owner alone may.
        if (clusterSecret is not null) WritePrivate(Path.Combine(DataDirectory, ".erlang.cookie"), Cookie(clusterSecret), UnixFileMode.UserRead);
    }

    /// <summary>Hex: an Erlang cookie is an atom, and the secret's base64 punctuation need not be one.</summary>
    static string Cookie(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    static void WritePrivate(string file, string text, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(file, text);
            return;
        }
        if (File.Exists(file)) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(file, text);
        File.SetUnixFileMode(file, mode);
    }
}
