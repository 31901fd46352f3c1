using System.Text.RegularExpressions;
using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Infrastructure.Data;
using NomadPlatform.Approval.Security;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Arrival.Security;
using NomadPlatform.Contracts;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Features.CaseTimeline;
using NomadPlatform.HubIntake.Security;
using NomadPlatform.Portal.Consoles;
using NomadPlatform.Portal.Localisation;
using NomadPlatform.Portal.Pages.Arrival;
using NomadPlatform.Portal.Pages.Psc;
using NomadPlatform.PscIssuance.Domain;
using NomadPlatform.PscIssuance.Security;

namespace NomadPlatform.UnitTests.Portal;

/// <summary>Every text the portal shows exists in Kazakh, Russian and English.</summary>
public sealed partial class PortalTextsTests
{
    static readonly IReadOnlyDictionary<string, System.Collections.Frozen.FrozenDictionary<string, string>> Texts = JsonStringLocalizerFactory.Load();

    [Fact]
    public void The_three_languages_hold_the_same_texts_none_of_them_empty()
    {
        var english = Texts["en"].Keys.ToHashSet();
        foreach (var language in PortalCultures.Names)
        {
            Assert.Equal(english.Order(), Texts[language].Keys.Order());
            Assert.DoesNotContain(Texts[language], t => string.IsNullOrWhiteSpace(t.Value));
        }
    }

    [Fact]
    public void Every_text_a_page_names_exists()
    {
        var pages = Path.Combine(RepositoryFolder.Root(), "services", "Portal", "Pages");
        var named = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => NamedText().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.NotEmpty(named);
        var missing = named.Where(key => !Texts["en"].ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0, $"Named by a page, missing from the texts: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_value_a_page_shows_by_its_name_has_a_text()
    {
        var keys = Enum.GetNames<DocumentKind>().SelectMany(k => new[] { $"Kind.{k}", $"Kind.{k}.Hint" })
            .Concat(Enum.GetNames<HubApplicationStatus>().Select(s => $"HubStatus.{s}"))
            .Concat(Enum.GetNames<ReviewStep>().Select(s => $"Step.{s}"))
            .Concat(Enum.GetNames<Certification>().Select(c => $"Certification.{c}"))
            .Concat(Enum.GetNames<LetterLanguage>().Select(l => $"Language.{l}"))
            .Concat(CaseEvents.Select(e => $"Event.{e.Name}"))
            .Concat(CaseEvents.Select(e => $"Agency.{e.Namespace!.Split('.')[^1]}"))
            .Concat(CaseStatuses.Select(s => $"CaseStatus.{s}"))
            .Concat(HubRoles.All.Concat([ApprovalRoles.MigrationOfficer, ApprovalRoles.BanRegistrar, "Administrator"]).Concat(ArrivalRoles.All).Concat(PscRoles.All)
                .Select(r => $"Role.{r}"))
            .Concat(Enum.GetNames<ArrivalStatus>().Select(s => $"ArrivalStatus.{s}"))
            .Concat(ArrivalWorklistModel.Stages.Select(s => $"ArrivalStage.{s}"))
            .Concat(Enum.GetNames<FingerPosition>().Select(f => $"Finger.{f}"))
            .Concat(Enum.GetNames<MissingFingerReason>().Select(r => $"MissingFinger.{r}"))
            .Concat(new[] { "Fit", "Unfit" }.Select(r => $"Medical.{r}"))
            .Concat(new[] { "Entry", "Fingerprints", "Medical", "Housing", "Completion" }.Select(s => $"ArrivalStep.{s}"))
            .Concat(new[] { "Entered", "Fingerprinted", "Cleared", "Examined", "Housed", "Completed" }.Select(d => $"Arrival.Done.{d}"))
            .Concat(Enum.GetNames<PscDocument>().Select(d => $"PscDocument.{d}"))
            .Concat(PscWorklistModel.Lists.Select(l => $"PscList.{l}"))
            .Concat(new[] { "Submitted", "Issued" }.Select(d => $"Psc.Done.{d}"))
            .Concat(Enum.GetNames<NomadPlatform.Notifications.Domain.MailState>().Select(s => $"Inbox.Mail.{s}"))
            .Concat(NomadPlatform.Portal.Pages.Applicant.ContactModel.Languages.Select(l => $"Language.Name.{l}"))
            .Concat(Enum.GetNames<RpApplicationStatus>().Select(s => $"RpStatus.{s}"))
            .Concat(Enum.GetNames<BanReason>().Select(r => $"BanReason.{r}"))
            .Concat(new[] { "Approved", "Refused", "FamilyVisaIssued", "FamilyVisaRenewed" }.Select(d => $"Approval.Done.{d}"))
            .Concat(Enum.GetNames<NomadPlatform.Approval.Domain.FamilyVisas.FamilyRelationship>().Select(r => $"Relationship.{r}"))
            .Concat(AgencyConsoles.Paths.Keys.Select(a => $"Nav.Console.{a}"))
            .Concat(ApprovalData.LoadRefusalGrounds().All.Select(g => $"Ground.{g.Code}"))
            .Concat(new[] { "Accepted", "Returned", "Booked", "Recorded", "Endorsed", "Rejected" }.Select(d => $"Hub.Done.{d}"))
            .Concat(new[] { "Status.NotFound", "Status.Forbidden", "Status.BadRequest", "Status.Failure" }.SelectMany(s => new[] { s, s + ".Detail" }))
            .Distinct();
        var missing = keys.Where(key => !Texts["en"].ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0, $"Shown by name, missing from the texts: {string.Join(", ", missing)}");
    }

    static readonly Type[] CaseEvents = typeof(ICaseEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseEvent).IsAssignableFrom(t)).ToArray();

    /// <summary>Every status the timeline can report: after each event, and from each of the Hub's own statuses.</summary>
    static IEnumerable<string> CaseStatuses =>
        CaseEvents.Select(e => TimelineStatus.Of(HubApplicationStatus.Submitted, [e.Name]))
            .Concat(Enum.GetValues<HubApplicationStatus>().Select(s => TimelineStatus.Of(s, [])));

    [GeneratedRegex("""T\["([A-Za-z0-9.]+)"[\],]""")]
    private static partial Regex NamedText();
}
