namespace NomadPlatform.Infrastructure.Domain;

/// <summary>
/// A request that is well formed but fails the case's checks; every failure is listed at once so the
/// applicant can fix them all in one go (HTTP 422 with a <c>failures</c> list). Never retried.
/// </summary>
public sealed class ChecksFailed(Reason summary, IReadOnlyList<CheckFailure> failures) : Refusal(summary)
{
    public ChecksFailed(string code, FormattableString summary, IReadOnlyList<CheckFailure> failures) : this(new Reason(code, summary), failures) { }

    public IReadOnlyList<CheckFailure> Failures { get; } = failures;
}
