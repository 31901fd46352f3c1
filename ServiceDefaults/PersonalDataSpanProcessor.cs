using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace NomadPlatform.ServiceDefaults;

/// <summary>
/// Keeps IINs out of exported spans: routes such as <c>/api/persons/{iin}/accesses</c> put one in the
/// URL, which the HTTP instrumentations record whole. Each 12-digit run standing alone in a URL attribute
/// (not a case id's last group) becomes <c>{iin}</c>; <see cref="PersonTelemetry"/> says whose data the
/// span handled, hashed.
/// </summary>
public sealed partial class PersonalDataSpanProcessor : BaseProcessor<Activity>
{
    static readonly string[] UrlTags = ["url.path", "url.full", "url.query", "http.target", "http.url"];

    public override void OnEnd(Activity activity)
    {
        foreach (var tag in UrlTags)
            if (activity.GetTagItem(tag) is string value && TwelveDigits().IsMatch(value))
                activity.SetTag(tag, Redact(value));
        if (TwelveDigits().IsMatch(activity.DisplayName)) activity.DisplayName = Redact(activity.DisplayName);
    }

    public static string Redact(string value) => TwelveDigits().Replace(value, "{iin}");

    [GeneratedRegex(@"(?<![0-9A-Za-z-])\d{12}(?![0-9A-Za-z-])")]
    private static partial Regex TwelveDigits();
}
