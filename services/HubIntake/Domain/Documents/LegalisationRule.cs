namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>
/// The issuing country decides the certification: Chisinau-convention countries need none (it takes
/// precedence for Kazakhstan), Hague-convention countries an apostille, all others consular legalisation.
/// </summary>
public sealed class LegalisationRule(IReadOnlySet<string> hagueParties, IReadOnlySet<string> chisinauParties)
{
    public Certification RequiredFor(string issuingCountry) =>
        chisinauParties.Contains(issuingCountry) ? Certification.None
        : hagueParties.Contains(issuingCountry) ? Certification.Apostille
        : Certification.ConsularLegalisation;

    public DocumentProblem? Check(DocumentKind kind, string issuingCountry, Certification declared)
    {
        var required = RequiredFor(issuingCountry);
        return declared == required
            ? null
            : new DocumentProblem(kind, "certification-mismatch",
                $"A document issued in {issuingCountry} needs {required}; it was declared with {declared}.");
    }
}
