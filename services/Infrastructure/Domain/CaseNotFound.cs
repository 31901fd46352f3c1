using System.Runtime.CompilerServices;

namespace NomadPlatform.Infrastructure.Domain;

/// <summary>The case (or the record asked for) does not exist in this agency's database.</summary>
public sealed class CaseNotFound : Refusal
{
    public CaseNotFound(string code, FormattableString text) : base(new Reason(code, text)) { }

    CaseNotFound(Reason reason) : base(reason) { }

    /// <summary>No <paramref name="what"/> for the case; its code is <c>not-found.</c> and the words in kebab case ("Hub application": not-found.hub-application).</summary>
    public static CaseNotFound For(string what, Guid caseId) =>
        new(new Reason(CodeFor(what), FormattableStringFactory.Create($"No {what} exists for case {{0}}.", caseId)));

    public static string CodeFor(string what) => "not-found." + what.ToLowerInvariant().Replace(' ', '-');
}
