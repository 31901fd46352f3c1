using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Applications;

namespace NomadPlatform.UnitTests.Portal;

public sealed class ApplicationFormTests
{
    const string Iin = "791028302728";

    static ApplicationForm Form() => ApplicationForm.For(
    [
        new UploadedDocument(Guid.NewGuid(), "DiplomaOrCertificate", "Pdf", new string('a', 64), 10, "diploma.pdf", DateTimeOffset.UnixEpoch, []),
        new UploadedDocument(Guid.NewGuid(), "CoverLetter", "Pdf", new string('b', 64), 10, "letter.pdf", DateTimeOffset.UnixEpoch, []),
    ]);

    [Fact]
    public void An_empty_form_marks_each_missing_answer_at_its_field()
    {
        var errors = new ModelStateDictionary();
        Assert.Null(Form().ToManifest(Iin, errors));
        Assert.Equal(
            ["Form.Courses[0].Title", "Form.Documents[0].Certification", "Form.Documents[0].IssuingCountry", "Form.Documents[1].Language",
             "Form.Education[0].Institution", "Form.Experience[0].Company", "Form.PassportExpiresOn"],
            errors.Keys.Order());
    }

    [Fact]
    public void A_begun_row_must_be_finished_and_a_blank_one_is_left_out()
    {
        var form = Answered();
        form.Experience.Add(new EmploymentInput { Company = "Half GmbH" });
        var errors = new ModelStateDictionary();
        Assert.Null(form.ToManifest(Iin, errors));
        Assert.Equal("Form.RowIncomplete", errors[$"Form.Experience[{form.Experience.Count - 1}].Position"]!.Errors[0].ErrorMessage);
    }

    [Fact]
    public void A_complete_form_makes_the_manifest_the_Hub_reads()
    {
        var manifest = Answered().ToManifest(Iin, new ModelStateDictionary())!;
        using var json = JsonDocument.Parse(manifest.ToBytes());
        var root = json.RootElement;
        Assert.Equal(Iin, root.GetProperty("iin").GetString());
        Assert.Equal("2031-01-31", root.GetProperty("passportExpiresOn").GetString());
        var diploma = root.GetProperty("documents")[0];
        Assert.Equal("DE", diploma.GetProperty("issuingCountry").GetString());
        Assert.Equal("Apostille", diploma.GetProperty("certification").GetString());
        Assert.False(diploma.TryGetProperty("language", out _));
        Assert.Equal("English", root.GetProperty("documents")[1].GetProperty("language").GetString());
        Assert.Single(root.GetProperty("cv").GetProperty("higherEducation").EnumerateArray());
        Assert.Equal(manifest.PassportExpiresOn, ManifestDraft.FromBytes(manifest.ToBytes())!.PassportExpiresOn);
    }

    static ApplicationForm Answered()
    {
        var form = Form();
        form.PassportExpiresOn = new DateOnly(2031, 1, 31);
        form.Documents[0].IssuingCountry = "de";
        form.Documents[0].Certification = "Apostille";
        form.Documents[1].Language = "English";
        form.Education[0] = new EducationInput { Institution = "TUM", Degree = "MSc", GraduationYear = 2015 };
        form.Courses[0] = new CourseInput { Title = "Distributed Systems", Year = 2021 };
        form.Experience[0] = new EmploymentInput { Company = "Acme GmbH", Position = "Engineer", FromYear = 2018 };
        return form;
    }

    [Fact]
    public void A_correction_starts_from_the_signed_manifest_putting_new_uploads_in_place_of_the_signed_files_of_their_kind()
    {
        var signed = new ManifestDraft(Iin, new DateOnly(2031, 5, 1),
            [new DeclaredDocument("DiplomaOrCertificate", new string('a', 64), "MSc", "DE", "Apostille", null, null),
             new DeclaredDocument("Photo", new string('c', 64), null, null, null, null, null)],
            new CvFacts([new Education("TU Munich", "MSc", 2015)], [new Course("Distributed systems", 2021)], [new Employment("Acme GmbH", "Engineer", 2018, null)]));
        var now = new[]
        {
            new UploadedDocument(Guid.NewGuid(), "DiplomaOrCertificate", "Pdf", new string('a', 64), 10, "diploma.pdf", DateTimeOffset.UnixEpoch, []),
            new UploadedDocument(Guid.NewGuid(), "Photo", "Jpeg", new string('c', 64), 10, "dark.jpg", DateTimeOffset.UnixEpoch, []),
            new UploadedDocument(Guid.NewGuid(), "Photo", "Jpeg", new string('d', 64), 10, "brighter.jpg", DateTimeOffset.UnixEpoch, []),
        };

        var form = ApplicationForm.Correcting(signed, now);

        Assert.Equal(new DateOnly(2031, 5, 1), form.PassportExpiresOn);
        Assert.Equal(("DE", "Apostille", "MSc"), (form.Documents[0].IssuingCountry, form.Documents[0].Certification, form.Documents[0].Title));
        Assert.Equal(2, form.Documents.Count);
        Assert.Equal((new string('d', 64), null), (form.Documents[1].Sha256, form.Documents[1].Title));
        Assert.Equal("TU Munich", form.Education[0].Institution);
        var manifest = form.ToManifest(Iin, new ModelStateDictionary());
        Assert.NotNull(manifest);
        Assert.Equal(signed.Cv.HigherEducation, manifest.Cv.HigherEducation);
        Assert.Equal(signed.Cv.Courses, manifest.Cv.Courses);
        Assert.Equal(signed.Cv.Experience, manifest.Cv.Experience);
    }
}
