using System.Collections.Concurrent;
using System.Text.Json;

namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>How outbox rows hold a message: its contract type name and JSON body.</summary>
public static class MessageSerializer
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    static readonly ConcurrentDictionary<string, Type> Types = new();

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Options);

    public static (object Message, Type Type) Deserialize(string typeName, string body)
    {
        var type = Types.GetOrAdd(typeName, name => Type.GetType(name, throwOnError: true)!);
        return (JsonSerializer.Deserialize(body, type, Options)!, type);
    }
}
