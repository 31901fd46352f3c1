using NomadPlatform.Applicants;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Infrastructure.Documents;

namespace NomadPlatform.UnitTests.Documents;

public sealed class DocumentSetRuleTests
{
    static readonly DateOnly FiledOn = new(2026, 11, 25);
    static readonly DateTimeOffset UploadedAt = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    static readonly DocumentSetRule Rule = new(LegalisationData.Load());
    static readonly CurriculumVitae Cv = new(
        [new Education("TU Munich", "MSc Computer Science", 2015)], [new Course("Distributed Systems", 2021)], [new Employment("Acme GmbH", "Engineer", 2018, 2025)]);
    const string Letter = "I am a software engineer with ten years of experience building distributed systems for payment providers and public services. "
        + "I would like to work remotely from Kazakhstan under the Digital Nomad programme and take part in the local technology community.";

    /// <summary>A complete, valid set for a citizen of <paramref name="citizenships"/>, uploaded as declared.</summary>
    static (List<DeclaredDocument> Declared, List<ApplicantDocument> Uploaded) CompleteSet(params string[] citizenships)
    {
        var declared = new List<DeclaredDocument>
        {
            new(DocumentKind.PassportCopy, Hash(1)),
            new(DocumentKind.ItPortfolio, Hash(2), Title: "Payments platform"),
            new(DocumentKind.DiplomaOrCertificate, Hash(3), IssuingCountry: "DE", Certification: Certification.Apostille),
            new(DocumentKind.Photo, Hash(4)),
            new(DocumentKind.Cv, Hash(5)),
            new(DocumentKind.CoverLetter, Hash(6), Language: LetterLanguage.English),
        };
        declared.AddRange(citizenships.Select((country, i) => new DeclaredDocument(DocumentKind.PoliceClearance, Hash(10 + i),
            IssuingCountry: country, Certification: country == "RU" ? Certification.None : Certification.Apostille, IssuedOn: FiledOn.AddDays(-30))));
        return (declared, declared.Select(d => Uploaded(d)).ToList());
    }

    static ApplicantDocument Uploaded(DeclaredDocument d, IEnumerable<DocumentProblem>? problems = null) =>
        ApplicantDocument.Accept("791028302728", d.Kind, d.Kind == DocumentKind.Photo ? ContentKind.Jpeg : ContentKind.Pdf, d.Sha256, 1000, $"{d.Kind}.pdf", problems ?? [], UploadedAt);

    static string Hash(int n) => n.ToString("x64");

    static string[] Codes(List<DeclaredDocument> declared, List<ApplicantDocument> uploaded, string[] citizenships,
        DateOnly? passportExpiresOn = null, string? letter = Letter, CurriculumVitae? cv = null) =>
        Rule.Check(new DocumentSet(declared, uploaded, citizenships, cv ?? Cv, letter, passportExpiresOn ?? FiledOn.AddYears(5), FiledOn))
            .Select(p => p.Code).ToArray();

    [Fact]
    public void A_complete_set_passes()
    {
        var (declared, uploaded) = CompleteSet("DE", "RU");

        Assert.Empty(Codes(declared, uploaded, ["DE", "RU"]));
    }

    [Fact]
    public void The_synthetic_applicants_dossier_is_a_complete_set()
    {
        var dossier = ApplicantDossier.Create("Dana Nomad", ["DE", "KG"], FiledOn);
        var declared = dossier.Files.Select(f => new DeclaredDocument(Enum.Parse<DocumentKind>(f.Kind), f.Sha256, f.Title, f.IssuingCountry,
            f.Certification is null ? null : Enum.Parse<Certification>(f.Certification), f.IssuedOn, f.Language is null ? null : Enum.Parse<LetterLanguage>(f.Language))).ToList();
        var letter = PdfText.Read(new MemoryStream(dossier.Files.Single(f => f.Kind == "CoverLetter").Bytes));

        Assert.Empty(Codes(declared, declared.Select(d => Uploaded(d)).ToList(), ["DE", "KG"], letter: letter));
    }

    [Theory]
    [InlineData(DocumentKind.Photo)]
    [InlineData(DocumentKind.Cv)]
    [InlineData(DocumentKind.CoverLetter)]
    [InlineData(DocumentKind.PassportCopy)]
    [InlineData(DocumentKind.ItPortfolio)]
    [InlineData(DocumentKind.DiplomaOrCertificate)]
    public void Each_kind_must_be_listed(DocumentKind kind)
    {
        var (declared, uploaded) = CompleteSet("DE");
        declared.RemoveAll(d => d.Kind == kind);

        Assert.Contains("document-missing", Codes(declared, uploaded, ["DE"]));
    }

    [Fact]
    public void Two_photos_are_one_too_many_but_two_portfolio_items_are_welcome()
    {
        var (declared, uploaded) = CompleteSet("DE");
        DeclaredDocument[] extra = [new(DocumentKind.Photo, Hash(40)), new(DocumentKind.ItPortfolio, Hash(41))];
        declared.AddRange(extra);
        uploaded.AddRange(extra.Select(d => Uploaded(d)));

        Assert.Equal(["document-too-many"], Codes(declared, uploaded, ["DE"]));
    }

    [Fact]
    public void A_dual_citizen_without_the_second_clearance_is_refused()
    {
        var (declared, uploaded) = CompleteSet("DE");

        var codes = Codes(declared, uploaded, ["DE", "FR"]);

        Assert.Equal(["clearance-missing"], codes);
    }

    [Fact]
    public void A_listed_file_that_was_not_uploaded_or_was_uploaded_as_another_kind_is_named()
    {
        var (declared, uploaded) = CompleteSet("DE");
        uploaded.RemoveAll(u => u.Kind == DocumentKind.Cv);
        var portfolio = uploaded.Single(u => u.Kind == DocumentKind.ItPortfolio);
        uploaded[uploaded.IndexOf(portfolio)] = ApplicantDocument.Accept(portfolio.Iin, DocumentKind.PassportCopy, ContentKind.Pdf, portfolio.Sha256, 1, "x.pdf", [], UploadedAt);

        Assert.Equal(["document-kind-mismatch", "document-not-uploaded"], Codes(declared, uploaded, ["DE"]));
    }

    [Fact]
    public void A_file_listed_twice_is_refused()
    {
        var (declared, uploaded) = CompleteSet("DE");
        declared.Add(declared[1]);

        Assert.Contains("document-listed-twice", Codes(declared, uploaded, ["DE"]));
    }

    [Fact]
    public void Findings_from_the_upload_carry_over_with_their_codes()
    {
        var (declared, uploaded) = CompleteSet("DE");
        var photo = declared.Single(d => d.Kind == DocumentKind.Photo);
        uploaded[uploaded.FindIndex(u => u.Kind == DocumentKind.Photo)] = Uploaded(photo, [new DocumentProblem(DocumentKind.Photo, "photo-greyscale", $"Greyscale.")]);

        Assert.Equal(["photo-greyscale"], Codes(declared, uploaded, ["DE"]));
    }

    [Fact]
    public void A_passport_valid_exactly_180_days_after_filing_is_refused_and_181_passes()
    {
        var (declared, uploaded) = CompleteSet("DE");

        Assert.Equal(["passport-validity"], Codes(declared, uploaded, ["DE"], passportExpiresOn: FiledOn.AddDays(180)));
        Assert.Empty(Codes(declared, uploaded, ["DE"], passportExpiresOn: FiledOn.AddDays(181)));
    }

    [Fact]
    public void A_diploma_declared_without_the_certification_its_country_needs_is_refused()
    {
        var (declared, uploaded) = CompleteSet("DE");
        declared[2] = declared[2] with { IssuingCountry = "AE", Certification = Certification.Apostille };

        Assert.Equal(["certification-mismatch"], Codes(declared, uploaded, ["DE"]));
    }

    [Fact]
    public void A_cover_letter_without_text_or_in_another_language_is_refused_and_a_cv_without_courses_too()
    {
        var (declared, uploaded) = CompleteSet("DE");

        Assert.Equal(["letter-unreadable"], Codes(declared, uploaded, ["DE"], letter: null));
        Assert.Equal(["letter-language-mismatch"], Codes(declared.Select(d => d.Kind == DocumentKind.CoverLetter ? d with { Language = LetterLanguage.Russian } : d).ToList(), uploaded, ["DE"]));
        Assert.Equal(["cv-courses-missing"], Codes(declared, uploaded, ["DE"], cv: Cv with { Courses = [] }));
    }

    [Fact]
    public void An_old_clearance_is_refused()
    {
        var (declared, uploaded) = CompleteSet("DE");
        declared[^1] = declared[^1] with { IssuedOn = FiledOn.AddDays(-181) };

        Assert.Equal(["clearance-too-old"], Codes(declared, uploaded, ["DE"]));
    }
}
