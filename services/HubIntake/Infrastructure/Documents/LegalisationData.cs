using System.Reflection;
using System.Text.Json;
using NomadPlatform.HubIntake.Domain.Documents;

namespace NomadPlatform.HubIntake.Infrastructure.Documents;

/// <summary>Loads the convention member lists (<c>legalisation.json</c>, data to update as countries join).</summary>
public static class LegalisationData
{
    sealed record Lists(string[] Hague, string[] Chisinau);

    public static LegalisationRule Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("legalisation.json")!;
        var lists = JsonSerializer.Deserialize<Lists>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return new LegalisationRule(lists.Hague.ToHashSet(), lists.Chisinau.ToHashSet());
    }
}
