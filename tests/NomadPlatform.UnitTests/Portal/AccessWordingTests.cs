using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Staff;
using NomadPlatform.Portal.Accesses;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Localisation;

namespace NomadPlatform.UnitTests.Portal;

/// <summary>The applicant's access list in their words: every name an agency's log can hold has a text, and the log's forms are read right.</summary>
public sealed partial class AccessWordingTests
{
    static readonly IReadOnlyDictionary<string, System.Collections.Frozen.FrozenDictionary<string, string>> Texts = JsonStringLocalizerFactory.Load();

    static AccessWording Wording(string language)
    {
        System.Globalization.CultureInfo.CurrentUICulture = new(language);
        return new AccessWording(new StringLocalizer<Texts>(new JsonStringLocalizerFactory()));
    }

    static AgencyAccess Access(string role, string action, string what, Guid? caseId = null, string? reason = null) =>
        new(DateTimeOffset.UnixEpoch, role, action, caseId, what, reason);

    [Fact]
    public void Every_role_of_every_agency_every_reason_code_and_every_agency_has_a_text()
    {
        var roles = new[] { typeof(NomadPlatform.HubIntake.Security.HubRoles), typeof(NomadPlatform.Approval.Security.ApprovalRoles),
                typeof(NomadPlatform.Arrival.Security.ArrivalRoles), typeof(NomadPlatform.PscIssuance.Security.PscRoles),
                typeof(NomadPlatform.Identity.Security.IdentityRoles), typeof(NomadPlatform.Notifications.Security.NotificationsRoles),
                typeof(NomadPlatform.Feed.Security.FeedRoles) }
            .SelectMany(t => (string[])t.GetField("All")!.GetValue(null)!)
            .Concat([StaffRoleCatalogue.Administrator, StaffRoleCatalogue.Auditor, StaffRoleCatalogue.Operator, "Employee"]);
        var keys = roles.Select(r => $"Role.{r}").Concat(AccessReasons.All.Select(r => $"Access.Reason.{r}"))
            .Concat(new[] { "read", "added", "changed", "removed" }.Select(v => $"Access.Action.{v}"))
            .Concat(new[] { "HubIntake", "Approval", "Arrival", "PscIssuance", "Identity", "Notifications" }.Select(a => $"Agency.{a}"));
        AssertTexts(keys);
    }

    /// <summary>What an officer can read (each audited endpoint's name) and each kind of record written about a person.</summary>
    [Fact]
    public void Every_kind_of_record_read_or_written_about_a_person_has_a_text()
    {
        var services = Path.Combine(RepositoryFolder.Root(), "services");
        var read = Directory.EnumerateFiles(services, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file => ReadName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.Contains("person", read);
        // A write names the record's type; a person's records are those holding their IIN.
        var written = new[] { typeof(NomadPlatform.Identity.Infrastructure.IdentityDbContext), typeof(NomadPlatform.HubIntake.Infrastructure.HubIntakeDbContext),
                typeof(NomadPlatform.Approval.Infrastructure.ApprovalDbContext), typeof(NomadPlatform.Arrival.Infrastructure.ArrivalDbContext),
                typeof(NomadPlatform.PscIssuance.Infrastructure.PscIssuanceDbContext), typeof(NomadPlatform.Notifications.Infrastructure.NotificationsDbContext) }
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0]).Where(t => t.GetProperty("Iin") is not null)
            .Select(t => t.Name).Distinct().ToList();
        Assert.Contains("HubApplication", written);
        AssertTexts(read.Concat(written).Concat(["Passport", "MedicalExamination", "HousingContract"]).Select(name => $"Access.Record.{name}"));
    }

    [Fact]
    public void A_log_line_reads_as_agency_role_action_record_and_reason()
    {
        var wording = Wording("en");
        Assert.Equal(new Worded("Information system: Migration service"), wording.Role("System of approval"));
        Assert.Equal(new Worded("Document reviewer, Interviewer"), wording.Role("DocumentReviewer,Interviewer"));
        Assert.Equal(new Worded("Organisation, BIN 990340001234"), wording.Role("Organisation 990340001234"));
        Assert.Equal(new Worded("Astana Hub"), wording.Agency("hubintake"));

        var changed = Access("MigrationOfficer", "write:changed", "RpApplication: DecidedAt, Status", Guid.NewGuid());
        Assert.Equal(new Worded("Changed"), wording.Action(changed));
        Assert.Equal(new Worded("Residence permit application"), wording.Record(changed));
        Assert.Equal(new Worded("For your case"), wording.Reason(changed));

        var lookup = Access("BanRegistrar", "read:bans", "bans", reason: AccessReasons.BanRegistry);
        Assert.Equal(new Worded("Viewed"), wording.Action(lookup));
        Assert.Equal(new Worded("Keeping the register of bans on re-application"), wording.Reason(lookup));
        Assert.Equal(new Worded("No reason recorded"), wording.Reason(Access("Auditor", "read:person", "person")));
    }

    [Fact]
    public void A_name_without_a_text_is_shown_as_it_is_and_marked_so_never_dropped()
    {
        var wording = Wording("kk");
        Assert.Equal(new Worded("Көші-қон қызметкері, Cartographer", Untranslated: true), wording.Role("MigrationOfficer,Cartographer"));
        Assert.Equal(new Worded("System of mars", Untranslated: true), wording.Role("System of mars"));
        Assert.Equal(new Worded("Telescope", Untranslated: true), wording.Record(Access("Auditor", "write:added", "Telescope")));
        Assert.Equal(new Worded("Қарау"), wording.Action(Access("Auditor", "read:person", "person")));
    }

    static void AssertTexts(IEnumerable<string> keys)
    {
        var missing = keys.Distinct().Where(key => PortalCultures.Names.Any(language => !Texts[language].ContainsKey(key))).ToList();
        Assert.True(missing.Count == 0, $"Names an agency's log can hold with no text in every language: {string.Join(", ", missing)}");
    }

    [GeneratedRegex(""""(?:AuditsRead|\.ReadAsync)\("([a-z-]+)"[,)]"""")]
    private static partial Regex ReadName();
}
