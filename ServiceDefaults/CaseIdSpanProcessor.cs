using System.Diagnostics;
using OpenTelemetry;

namespace NomadPlatform.ServiceDefaults;

/// <summary>Copies the case id from baggage onto every span as it starts (database, gRPC, HTTP, broker).</summary>
public sealed class CaseIdSpanProcessor : BaseProcessor<Activity>
{
    public override void OnStart(Activity activity)
    {
        var caseId = activity.GetBaggageItem(CaseTelemetry.CaseIdTag);
        if (caseId is not null) activity.SetTag(CaseTelemetry.CaseIdTag, caseId);
    }
}
