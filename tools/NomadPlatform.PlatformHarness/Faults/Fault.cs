namespace NomadPlatform.PlatformHarness.Faults;

/// <summary>One injected fault: the target is SIGKILLed (the broker: stopped) while the phase runs, then started again.</summary>
public sealed record Fault(string Target, string Phase)
{
    public const string Broker = "messaging";

    /// <summary>
    /// Each service (the feed and the notices too) is killed while it has work in hand; the broker is restarted
    /// once, while events flow. The shortened runs (seven waves) stop before the notices.
    /// </summary>
    static readonly Fault[] FirstRound =
    [
        new("identity", Phases.Submission),
        new("approval", Phases.Endorsement),
        new("hubintake", Phases.Filing),
        new(Broker, Phases.Decision),
        new("arrival", Phases.TenPrint),
        new("pscissuance", Phases.Permit),
        new("feed", Phases.Completion),
        new("notifications", Phases.Review),
    ];

    /// <summary>The fault for each wave: the first round, then the agencies in turn again.</summary>
    public static Fault ForWave(int wave) =>
        wave < FirstRound.Length ? FirstRound[wave] : FirstRound.Where(f => f.Target != Broker).ElementAt((wave - FirstRound.Length) % (FirstRound.Length - 1));

    public static string ProcessOf(string service) => service switch
    {
        "identity" => "NomadPlatform.Identity",
        "hubintake" => "NomadPlatform.HubIntake",
        "approval" => "NomadPlatform.Approval",
        "arrival" => "NomadPlatform.Arrival",
        "pscissuance" => "NomadPlatform.PscIssuance",
        "feed" => "NomadPlatform.Feed",
        "notifications" => "NomadPlatform.Notifications",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a service of the platform."),
    };

    public static class Phases
    {
        public const string Registration = "identity: IIN and EDS key";
        public const string Documents = "hub: documents uploaded";
        public const string Submission = "hub: signed submission";
        public const string Review = "hub: verified, interview booked";
        public const string Endorsement = "hub: interview passed, endorsed";
        public const string Filing = "approval: filed";
        public const string Decision = "approval: approved or refused";
        public const string Entry = "arrival: entry";
        public const string TenPrint = "arrival: ten-print";
        public const string MedicalAndHousing = "arrival: medical, housing";
        public const string Completion = "arrival: completion";
        public const string Permit = "psc: submission, permit";
    }
}
