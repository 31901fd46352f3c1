using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Domain.Endorsements;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class HubApplicationTests
{
    static readonly Iin Applicant = Iin.Parse("791028302728");
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    static readonly ManifestSignature Signed = new([1, 2, 3], [4, 5, 6], "0A1B");
    static readonly SubmittedDocument[] Files = [new(NomadPlatform.HubIntake.Domain.Documents.DocumentKind.Photo, new string('a', 64))];

    [Fact]
    public void Submitting_records_the_submission()
    {
        var application = HubApplication.Submit(Applicant, "Smith John", new DateOnly(2030, 1, 1), Files, Signed, Now);

        var submitted = Assert.IsType<ApplicationSubmitted>(Assert.Single(application.PendingEvents));
        Assert.Equal(application.CaseId, submitted.CaseId);
        Assert.Equal(HubApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Each_officers_step_names_the_officer_on_its_event()
    {
        var application = HubApplication.Submit(Applicant, "Smith John", new DateOnly(2030, 1, 1), Files, Signed, Now);
        application.VerifyDocuments("880730300010", Now.AddHours(1));
        application.ScheduleInterview(Now.AddDays(2), "interviewer-1", "910214400021", Now.AddHours(2));

        var acts = application.PendingEvents.OfType<NomadPlatform.Contracts.IOfficerAct>().Select(e => e.OfficerIin).ToList();
        Assert.Equal(["880730300010", "910214400021"], acts);
        Assert.IsNotAssignableFrom<NomadPlatform.Contracts.IOfficerAct>(application.PendingEvents.First()); // the submission is the applicant's own act
    }

    [Theory]
    [InlineData(180)]
    [InlineData(30)]
    public void A_passport_valid_180_days_or_less_after_filing_is_refused(int daysLeft)
    {
        var expiry = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(daysLeft);

        var violation = Assert.Throws<CaseRuleViolation>(() => HubApplication.Submit(Applicant, "Smith John", expiry, Files, Signed, Now));
        Assert.Contains("180", violation.Message);
    }

    [Fact]
    public void A_passport_valid_181_days_after_filing_is_accepted()
    {
        var expiry = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(181);

        Assert.Equal(expiry, HubApplication.Submit(Applicant, "Smith John", expiry, Files, Signed, Now).PassportExpiresOn);
    }

    static HubApplication Interviewed()
    {
        var application = HubApplication.Submit(Applicant, "Smith John", new DateOnly(2030, 1, 1), Files, Signed, Now);
        application.VerifyDocuments("791122400015", Now.AddDays(1));
        application.ScheduleInterview(Now.AddDays(3), "officer-1", "791122400015", Now.AddDays(1));
        application.RecordInterview(passed: true, "Strong portfolio.", "791122400015", Now.AddDays(3).AddHours(1));
        return application;
    }

    [Fact]
    public void Returned_documents_go_back_to_the_applicant_and_a_resubmission_restarts_verification()
    {
        var application = HubApplication.Submit(Applicant, "Smith John", new DateOnly(2030, 1, 1), Files, Signed, Now);

        application.ReturnDocuments([new ReturnedDocument("Photo", "Greyscale.")], "791122400015", Now.AddDays(1));
        Assert.Equal([new DocumentToCorrect("Photo", "Greyscale.")], application.ToCorrect);
        Assert.Throws<CaseRuleViolation>(() => application.VerifyDocuments("791122400015", Now.AddDays(1)));
        SubmittedDocument[] corrected = [new(NomadPlatform.HubIntake.Domain.Documents.DocumentKind.Photo, new string('b', 64))];
        application.Resubmit(new DateOnly(2031, 1, 1), corrected, Signed, Now.AddDays(2));

        Assert.Equal(HubApplicationStatus.Submitted, application.Status);
        Assert.Empty(application.ToCorrect);
        Assert.Equal(corrected, application.Documents);
        Assert.Equal(["ApplicationSubmitted", "DocumentsReturned", "ApplicationResubmitted"], application.PendingEvents.Select(e => e.GetType().Name));
    }

    [Fact]
    public void The_interview_cannot_be_recorded_before_it_starts_and_a_failed_one_rejects()
    {
        var application = HubApplication.Submit(Applicant, "Smith John", new DateOnly(2030, 1, 1), Files, Signed, Now);
        application.VerifyDocuments("791122400015", Now.AddDays(1));
        application.ScheduleInterview(Now.AddDays(3), "officer-1", "791122400015", Now.AddDays(1));

        Assert.Throws<CaseRuleViolation>(() => application.RecordInterview(true, "early", "791122400015", Now.AddDays(2)));
        application.RecordInterview(passed: false, "Could not describe the portfolio.", "791122400015", Now.AddDays(3));

        Assert.Equal(HubApplicationStatus.Rejected, application.Status);
        Assert.IsType<HubApplicationRejected>(application.PendingEvents[^1]);
    }

    [Fact]
    public void Only_an_interviewed_application_is_endorsed()
    {
        var submitted = HubApplication.Submit(Applicant, "Smith John", new DateOnly(2030, 1, 1), Files, Signed, Now);
        Assert.Throws<CaseRuleViolation>(() => submitted.EndorsementFor("AH-2026-000001", "180540000012", "Astana Hub", Now.AddDays(1)));
        Assert.Throws<CaseRuleViolation>(() => submitted.Endorse(Sealed("AH-2026-000001"), "791122400015", Now.AddDays(1)));
    }

    static SignedEndorsement Sealed(string number) => new(number, [0x30, 0x03], "180540000012");

    [Fact]
    public void The_endorsement_document_states_who_was_endorsed_when_and_by_whom()
    {
        var application = Interviewed();

        var document = application.EndorsementFor("AH-2026-000042", "180540000012", "Astana Hub", Now.AddDays(7));

        Assert.Equal(("AH-2026-000042", application.CaseId, "791028302728", "Smith John"), (document.Number, document.CaseId, document.Iin, document.ApplicantName));
        Assert.Equal(new DateOnly(2030, 1, 1), document.PassportExpiresOn);
        Assert.Equal(("180540000012", "Astana Hub"), (document.IssuerBin, document.Issuer));
        Assert.Equal(document, EndorsementDocument.Read(document.ToBytes()));
    }

    [Fact]
    public void Endorsement_numbers_run_per_year_without_gaps()
    {
        var counter = EndorsementCounter.Start(2026);

        Assert.Equal(["AH-2026-000001", "AH-2026-000002", "AH-2026-000003"], new[] { counter.Next(), counter.Next(), counter.Next() });
    }

    [Fact]
    public void Endorsing_issues_a_numbered_endorsement_once()
    {
        var application = Interviewed();

        application.Endorse(Sealed("AH-2026-000007"), "791122400015", Now.AddDays(7));

        var endorsed = Assert.IsType<EndorsementIssued>(application.PendingEvents[^1]);
        Assert.Equal("AH-2026-000007", endorsed.EndorsementNumber);
        Assert.Equal([0x30, 0x03], endorsed.SignedEndorsement);
        Assert.Equal("180540000012", endorsed.IssuerBin);
        Assert.Equal(HubApplicationStatus.Endorsed, application.Status);
        Assert.Throws<CaseRuleViolation>(() => application.Endorse(Sealed("AH-2026-000008"), "791122400015", Now.AddDays(8)));
    }
}
