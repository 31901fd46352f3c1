using NomadPlatform.HubIntake.Domain.Documents;

namespace NomadPlatform.UnitTests.Documents;

public sealed class DocumentChecklistTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    static ApplicantDocument Upload(DocumentKind kind, params DocumentProblem[] problems) =>
        ApplicantDocument.Accept("791028302728", kind, ContentKind.Pdf, Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), 10, $"{kind}.pdf", problems, Now);

    [Fact]
    public void Every_kind_is_listed_with_what_is_missing()
    {
        ApplicantDocument[] uploaded =
        [
            Upload(DocumentKind.PassportCopy),
            Upload(DocumentKind.Photo, new DocumentProblem(DocumentKind.Photo, "photo-greyscale", $"Greyscale.")),
            Upload(DocumentKind.PoliceClearance),
        ];

        var checklist = DocumentChecklist.For(uploaded, ["DE", "FR"]).ToDictionary(i => i.Kind);

        Assert.Equal(7, checklist.Count);
        Assert.Null(checklist[DocumentKind.PassportCopy].Missing);
        Assert.NotNull(checklist[DocumentKind.Photo].Missing); // uploaded, but not clean
        var (fileName, finding) = Assert.Single(checklist[DocumentKind.Photo].Problems);
        Assert.Equal(("Photo.pdf", "photo-greyscale", "Greyscale."), (fileName, finding.Code, finding.ToString()));
        Assert.Contains("1 of 2", checklist[DocumentKind.PoliceClearance].Missing?.ToString());
        Assert.NotNull(checklist[DocumentKind.Cv].Missing);
    }
}
