using System.Text;

namespace NomadPlatform.PlatformHarness.Faults;

/// <summary>What a fault-injection run came to. It passed when nothing was lost, duplicated or left undelivered.</summary>
public sealed record FaultInjectionFigures
{
    public int Started { get; init; }
    public int Completed { get; init; }
    public int Refused { get; init; }
    public int Lost { get; init; }
    /// <summary>A second case or permit for one applicant, or one state change published under two message ids.</summary>
    public int Duplicates { get; init; }
    /// <summary>Copies partners received again under the same message id: recognisable, and changing nothing.</summary>
    public int RedeliveredCopies { get; init; }
    public int MissingPartnerEvents { get; init; }
    /// <summary>Changes the feed's partner never received, pulling or pushed to (each way counted).</summary>
    public int MissingFeedEvents { get; init; }
    public int UnexpectedPartnerEvents { get; init; }
    public long UndeliveredOutboxRows { get; init; }
    public int RestartsSurvived { get; init; }
    public int RequestsRetried { get; init; }
    public double Seconds { get; init; }
    public IReadOnlyList<string> Faults { get; init; } = [];
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool Passed => Problems.Count == 0;

    public string Table()
    {
        var table = new StringBuilder();
        void Row(string figure, object value) => table.AppendLine($"{figure,-58} {value,8}");
        Row("cases started", Started);
        Row("completed with exactly one permit", Completed);
        Row("refused by the migration service (as planned)", Refused);
        Row("lost (neither outcome reached)", Lost);
        Row("duplicates (second case/permit, a change under two ids)", Duplicates);
        Row("copies partners received twice under the same id", RedeliveredCopies);
        Row("partner events missing (broker subscription)", MissingPartnerEvents);
        Row("feed events missing (pull and webhook)", MissingFeedEvents);
        Row("partner events not in the case's expected course", UnexpectedPartnerEvents);
        Row("outbox rows left undelivered", UndeliveredOutboxRows);
        Row("restarts survived (services SIGKILLed, broker restarted)", RestartsSurvived);
        Row("requests sent again while an agency or the broker was away", RequestsRetried);
        Row("seconds", Seconds.ToString("N0"));
        foreach (var fault in Faults) table.AppendLine($"  {fault}");
        foreach (var problem in Problems.Take(20)) table.AppendLine($"  PROBLEM: {problem}");
        table.AppendLine(Passed ? "PASSED" : $"FAILED ({Problems.Count} problems)");
        return table.ToString();
    }
}
