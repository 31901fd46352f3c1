using System.Text;

namespace NomadPlatform.Infrastructure.Domain;

/// <summary>
/// Where a case stands at one agency (<c>approval.under-review</c>). An open stage is one the agency still
/// has work or a wait in; a closed one (endorsed, refused, permit issued) hands the case on or ends it.
/// </summary>
public readonly record struct CaseStage(string Name, bool Open)
{
    /// <summary>The stage named after a status: <c>("approval", UnderReview)</c> is <c>approval.under-review</c>.</summary>
    public static CaseStage Of(string agency, Enum status, bool open) => new(NameOf(agency, status), open);

    /// <summary>An agency's value as metrics name it: <c>("hub", DocumentVerification)</c> is <c>hub.document-verification</c>.</summary>
    public static string NameOf(string agency, Enum value)
    {
        var name = new StringBuilder(agency).Append('.');
        foreach (var c in value.ToString())
        {
            if (char.IsUpper(c) && name[^1] != '.') name.Append('-');
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }
}
