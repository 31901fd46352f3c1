using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Accesses;

/// <summary>One access to the person's data, with the agency whose log recorded it.</summary>
public sealed record TrackedAccess(string Agency, AgencyAccess Access);

/// <summary>Every agency's answer merged, the latest first, and the agencies that gave none (their lines are missing, not absent).</summary>
public sealed record TrackedAccesses(IReadOnlyList<TrackedAccess> Accesses, IReadOnlyList<string> Unanswered);

/// <summary>
/// The person's data tracker, as Estonia's shows it: each agency keeps its own log and answers only for
/// itself, so the portal asks all of them at once, as the person, and merges their answers by time.
/// </summary>
public sealed class AccessTracker(IdentityRegisterClient identity, HubIntakeClient hub, ApprovalClient approval, ArrivalClient arrival,
    PscClient psc, NotificationsClient notifications, ILogger<AccessTracker> logger)
{
    public async Task<TrackedAccesses> AccessesOfAsync(string iin, CancellationToken cancellationToken)
    {
        (string Agency, AgencyClient Client)[] agencies =
            [("identity", identity), ("hubintake", hub), ("approval", approval), ("arrival", arrival), ("pscissuance", psc), ("notifications", notifications)];
        var answers = await Task.WhenAll(agencies.Select(async agency => (agency.Agency, Answer: await AskAsync(agency.Client, iin, agency.Agency, cancellationToken))));
        var accesses = answers.Where(a => a.Answer is not null)
            .SelectMany(a => a.Answer!.Select(access => new TrackedAccess(a.Agency, access)))
            .OrderByDescending(a => a.Access.At).ThenBy(a => a.Agency, StringComparer.Ordinal)
            .ToList();
        return new TrackedAccesses(accesses, [.. answers.Where(a => a.Answer is null).Select(a => a.Agency)]);
    }

    /// <summary>An agency that refuses or cannot be reached leaves a gap the page names; the others still answer.</summary>
    async Task<List<AgencyAccess>?> AskAsync(AgencyClient agency, string iin, string name, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await agency.AccessesAsync(iin, cancellationToken);
            if (answer.Problem is { } problem) logger.LogWarning("{Agency} refused the access list: {Status} {Title}", name, problem.Status, problem.Title);
            return answer.Value;
        }
        catch (HttpRequestException failure)
        {
            logger.LogWarning(failure, "{Agency} did not answer for the access list", name);
            return null;
        }
    }
}
