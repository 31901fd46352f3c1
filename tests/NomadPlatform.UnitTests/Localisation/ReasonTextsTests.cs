using System.Reflection;
using System.Text.RegularExpressions;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Reasons;

namespace NomadPlatform.UnitTests.Localisation;

/// <summary>
/// Every reason a service gives (a code written where it arises) has its Russian and Kazakh text, naming
/// only values the English template has; each enum value a reason names has its words in all three languages.
/// </summary>
public sealed partial class ReasonTextsTests
{
    static readonly Dictionary<string, Assembly> Services = new()
    {
        ["Approval"] = typeof(NomadPlatform.Approval.Domain.RpApplication).Assembly,
        ["Arrival"] = typeof(TenPrint).Assembly,
        ["Feed"] = typeof(NomadPlatform.Feed.Extensions.FeedServiceExtensions).Assembly,
        ["HubIntake"] = typeof(HubApplication).Assembly,
        ["Identity"] = typeof(NomadPlatform.Identity.Domain.Person).Assembly,
        ["Notifications"] = typeof(NomadPlatform.Notifications.Domain.Notice).Assembly,
        ["PscIssuance"] = typeof(NomadPlatform.PscIssuance.Domain.ResidencePermit).Assembly,
        ["Infrastructure"] = typeof(Reason).Assembly,
    };

    public static TheoryData<string> ServiceNames => [.. Services.Keys];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Every_reason_code_a_service_gives_reads_in_Russian_and_Kazakh_with_the_same_values(string service)
    {
        var texts = new ReasonTexts(Services[service]);
        var reasons = ReasonsIn(Path.Combine(RepositoryFolder.Root(), "services", service));
        Assert.NotEmpty(reasons);

        var problems = new List<string>();
        foreach (var (code, english) in reasons)
            foreach (var language in new[] { "ru", "kk" })
            {
                if (!texts.TextsIn(language).TryGetValue(code, out var text)) problems.Add($"{language} lacks {code}");
                else if (Placeholders(text).Except(Placeholders(english)).Any()) problems.Add($"{language} {code} names a value the English template lacks");
                else if (Placeholders(english).Count != Placeholders(text).Count) problems.Add($"{language} {code} leaves out a value of the English template");
            }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Each_language_holds_the_same_codes_and_every_English_word_is_in_Russian_and_Kazakh(string service)
    {
        var texts = new ReasonTexts(Services[service]);
        Assert.Equal(texts.TextsIn("ru").Keys.Order(), texts.TextsIn("kk").Keys.Order());
        Assert.Empty(texts.TextsIn("en").Keys.Except(texts.TextsIn("ru").Keys));
        foreach (var language in ReasonTexts.Languages)
            Assert.DoesNotContain(texts.TextsIn(language), t => string.IsNullOrWhiteSpace(t.Value));
    }

    [Fact]
    public void A_reason_reads_in_the_readers_language_with_dates_numbers_and_enum_values_in_their_words()
    {
        var texts = new ReasonTexts(typeof(HubApplication).Assembly);
        var reason = new Reason("passport-validity", $"The passport must be valid more than {180} days after the filing date ({new DateOnly(2026, 12, 4):yyyy-MM-dd}); it expires on {new DateOnly(2027, 3, 1):yyyy-MM-dd}.");
        var missing = new Reason("document-missing", $"The application lists no {DocumentKind.CoverLetter}.");

        Assert.Equal("The passport must be valid more than 180 days after the filing date (4 December 2026); it expires on 1 March 2027.", texts.Write(reason, "en"));
        Assert.Equal("Паспорт должен действовать больше 180 дней после даты подачи (4 декабря 2026); он истекает 1 марта 2027.", texts.Write(reason, "ru"));
        Assert.Equal("The application lists no cover letter.", texts.Write(missing, "en"));
        Assert.Equal("Өтінімде «ілеспе хат» құжаты жоқ.", texts.Write(missing, "kk"));
        Assert.Equal("В заявке нет документа «сопроводительное письмо».", texts.Write(missing, "ru"));
        Assert.Equal("The application lists no cover letter.", texts.Write(missing, "fr")); // a language the platform does not write: English
    }

    [Fact]
    public void A_stored_reason_comes_back_with_its_code_and_typed_values()
    {
        var reason = new Reason("clearance-too-old", $"The {"DE"} clearance was issued on {new DateOnly(2026, 1, 5):yyyy-MM-dd}, more than {90} days before filing.");
        var back = StoredReason.Read(StoredReason.Write(reason));
        var legacy = StoredReason.Read("photo-greyscale: The photo must be in colour; this one is greyscale.");

        Assert.Equal(reason.Code, back.Code);
        Assert.Equal(reason.ToString(), back.ToString());
        Assert.Equal(new DateOnly(2026, 1, 5), back.Values[1]);
        Assert.Equal(("photo-greyscale", "The photo must be in colour; this one is greyscale."), (legacy.Code, legacy.ToString()));
    }

    /// <summary>Each code given with its English template where a reason arises (a refusal's or a reason's constructor, a sign-in's <c>Refused</c>): <c>("code", $"…")</c>, or <c>CaseNotFound.For("what", …)</c>.</summary>
    static List<(string Code, string English)> ReasonsIn(string folder)
    {
        var found = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var source = File.ReadAllText(file);
            found.AddRange(GivenReason().Matches(source).Select(m => (m.Groups["code"].Value, Positional(source, m.Index + m.Length))));
            found.AddRange(NotFoundFor().Matches(source).Select(m => (CaseNotFound.CodeFor(m.Groups["what"].Value), "{0}")));
        }
        return found;
    }

    /// <summary>The interpolated string starting at <paramref name="start"/> with its holes numbered as the compiler numbers them (a hole may hold strings of its own).</summary>
    static string Positional(string source, int start)
    {
        var template = new System.Text.StringBuilder();
        var (depth, holes, inString) = (0, 0, false);
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (depth == 0)
            {
                if (c == '"') return template.ToString();
                if (c == '\\') { template.Append(c).Append(source[++i]); continue; }
                if ((c == '{' || c == '}') && i + 1 < source.Length && source[i + 1] == c) { template.Append(c).Append(c); i++; continue; }
                if (c == '{') { depth = 1; template.Append('{').Append(holes++).Append('}'); continue; }
                template.Append(c);
            }
            else if (inString) { if (c == '\\') i++; else if (c == '"') inString = false; }
            else if (c == '"') inString = true;
            else if (c == '{') depth++;
            else if (c == '}') depth--;
        }
        throw new InvalidOperationException("An interpolated string that never ends.");
    }

    static HashSet<int> Placeholders(string template) =>
        Placeholder().Matches(template.Replace("{{", "").Replace("}}", "")).Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();


    [GeneratedRegex(@"(?:CaseRuleViolation|NotAllowed|CaseNotFound|ChecksFailed|InvalidField|Reason|CheckFailure|DocumentProblem|Refused|new)\((?:(?:""[^""]*""|[^()"";])*?,\s*)?""(?<code>[a-z][a-z0-9.\-]+)"",\s*\$""")]
    private static partial Regex GivenReason();

    [GeneratedRegex(@"CaseNotFound\.For\(""(?<what>[^""]+)""")]
    private static partial Regex NotFoundFor();

    [GeneratedRegex(@"\{(\d+)(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
