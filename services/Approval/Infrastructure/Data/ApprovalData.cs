using System.Reflection;
using System.Text.Json;
using NomadPlatform.Approval.Domain.Refusal;
using NomadPlatform.Approval.Domain.StateDuty;

namespace NomadPlatform.Approval.Infrastructure.Data;

/// <summary>Loads the law's numbers kept as data: MCI by year (<c>state-duty.json</c>) and refusal grounds (<c>refusal-grounds.json</c>).</summary>
public static class ApprovalData
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    sealed record Tariff(Dictionary<int, decimal> Mci);

    public static StateDutyTariff LoadTariff() => new(Read<Tariff>("state-duty.json").Mci);

    public static RefusalGrounds LoadRefusalGrounds() => new(Read<List<RefusalGround>>("refusal-grounds.json"));

    static T Read<T>(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"{name} is empty.");
    }
}
