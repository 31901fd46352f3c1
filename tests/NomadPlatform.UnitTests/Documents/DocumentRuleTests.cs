using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Infrastructure.Documents;

namespace NomadPlatform.UnitTests.Documents;

public sealed class DocumentRuleTests
{
    static readonly LegalisationRule Legalisation = LegalisationData.Load();
    static readonly DateOnly FiledOn = new(2026, 11, 25);

    [Theory]
    [InlineData("%PDF-1.7\n...", ContentKind.Pdf)]
    [InlineData("\u00FF\u00D8\u00FF\u00E0", ContentKind.Jpeg)]
    [InlineData("\u0089PNG\r\n\u001A\n", ContentKind.Png)]
    public void Content_is_recognised_by_its_bytes(string start, ContentKind expected) =>
        Assert.Equal(expected, ContentSniffer.Detect(start.Select(c => (byte)c).ToArray()));

    [Theory]
    [InlineData("GIF89a")]
    [InlineData("<html>")]
    [InlineData("")]
    public void Anything_else_is_not_accepted_content(string start) => Assert.Null(ContentSniffer.Detect(start.Select(c => (byte)c).ToArray()));

    [Theory]
    [InlineData("DE", Certification.Apostille)]
    [InlineData("US", Certification.Apostille)]
    [InlineData("RU", Certification.None)]       // Chisinau takes precedence over Hague
    [InlineData("UZ", Certification.None)]
    [InlineData("AE", Certification.ConsularLegalisation)]
    [InlineData("VN", Certification.ConsularLegalisation)]
    public void The_issuing_country_decides_the_certification(string country, Certification expected)
    {
        Assert.Equal(expected, Legalisation.RequiredFor(country));
        Assert.Null(Legalisation.Check(DocumentKind.DiplomaOrCertificate, country, expected));
    }

    [Fact]
    public void A_declared_certification_that_does_not_match_is_refused_with_the_reason()
    {
        var problem = Legalisation.Check(DocumentKind.DiplomaOrCertificate, "DE", Certification.ConsularLegalisation);

        Assert.Equal("certification-mismatch", problem?.Code);
        Assert.Contains("needs an apostille", problem?.Reason.ToString());
    }

    [Fact]
    public void A_dual_citizen_needs_a_recent_clearance_from_each_country()
    {
        PoliceClearance[] clearances = [new("DE", FiledOn.AddDays(-30), Certification.Apostille), new("RU", FiledOn.AddDays(-200), Certification.None)];

        Assert.Empty(PoliceClearanceRule.Check(["DE"], clearances[..1], FiledOn, Legalisation));
        Assert.Equal(["clearance-missing"], PoliceClearanceRule.Check(["DE", "FR"], clearances[..1], FiledOn, Legalisation).Select(p => p.Code));
        Assert.Equal(["clearance-too-old"], PoliceClearanceRule.Check(["DE", "RU"], clearances, FiledOn, Legalisation).Select(p => p.Code));
    }

    [Theory]
    [InlineData(LetterLanguage.English, "I am a backend engineer with ten years of experience building distributed systems. ")]
    [InlineData(LetterLanguage.Russian, "Я инженер-программист с десятилетним опытом создания распределённых систем и сервисов. ")]
    [InlineData(LetterLanguage.Kazakh, "Мен таратылған жүйелерді құруда он жылдық тәжірибесі бар бағдарламалық жасақтама инженерімін. ")]
    public void A_cover_letter_in_the_declared_language_passes_and_another_declaration_fails(LetterLanguage language, string sentence)
    {
        var letter = string.Concat(Enumerable.Repeat(sentence, 4));

        Assert.Empty(CoverLetterRule.Check(language, letter));
        var wrong = language == LetterLanguage.English ? LetterLanguage.Russian : LetterLanguage.English;
        Assert.Equal(["letter-language-mismatch"], CoverLetterRule.Check(wrong, letter).Select(p => p.Code));
    }

    [Fact]
    public void A_cover_letter_in_another_script_or_too_short_fails()
    {
        Assert.Equal(["letter-language"], CoverLetterRule.Check(LetterLanguage.English, string.Concat(Enumerable.Repeat("私は分散システムを構築するエンジニアです。", 20))).Select(p => p.Code));
        Assert.Equal(["letter-too-short"], CoverLetterRule.Check(LetterLanguage.English, "Hire me.").Select(p => p.Code));
    }

    [Fact]
    public void A_cv_needs_education_courses_and_experience_with_companies_and_possible_years()
    {
        var complete = new CurriculumVitae([new("KBTU", "BSc Computer Science", 2014)], [new("Kubernetes administration", 2021)], [new("Kaspi", "Engineer", 2015, 2022)]);

        Assert.Empty(CvRule.Check(complete, 2026));
        Assert.Equal(["cv-education-missing", "cv-courses-missing", "cv-experience-missing"], CvRule.Check(new CurriculumVitae([], [], []), 2026).Select(p => p.Code));
        Assert.Equal(["cv-company-missing", "cv-years-invalid"],
            CvRule.Check(complete with { Experience = [new(" ", "Engineer", 2020, 2019)] }, 2026).Select(p => p.Code));
    }
}
