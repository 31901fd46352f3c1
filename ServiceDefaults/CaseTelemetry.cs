using System.Diagnostics;

namespace NomadPlatform.ServiceDefaults;

/// <summary>
/// Marks spans with the case they belong to (attribute <c>nomad.case_id</c>), so that an operator
/// finds a whole case in the dashboard. The id travels as baggage to every child span.
/// </summary>
public static class CaseTelemetry
{
    public const string SourceName = "NomadPlatform";
    public const string CaseIdTag = "nomad.case_id";

    public static readonly ActivitySource Source = new(SourceName);

    public static void TagCase(Guid caseId) => TagCase(Activity.Current, caseId);

    public static void TagCase(Activity? activity, Guid caseId)
    {
        if (activity is null || caseId == Guid.Empty) return;
        var id = caseId.ToString();
        if (activity.GetBaggageItem(CaseIdTag) is null) activity.AddBaggage(CaseIdTag, id);
        // The request or receive span that started before the case was known is still open: tag it too.
        for (var span = activity; span is not null; span = span.Parent)
        {
            if (span.GetTagItem(CaseIdTag) is not null) break;
            span.SetTag(CaseIdTag, id);
        }
    }
}
