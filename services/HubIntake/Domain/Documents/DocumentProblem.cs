using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>Why a document (or the set of them) fails a machine check: a stable code and a reason in words.</summary>
public sealed record DocumentProblem(DocumentKind Kind, Reason Reason)
{
    public DocumentProblem(DocumentKind kind, string code, FormattableString text) : this(kind, new Reason(code, text)) { }

    public string Code => Reason.Code;
}
