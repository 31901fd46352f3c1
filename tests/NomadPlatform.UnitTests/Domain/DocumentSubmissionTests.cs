using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.UnitTests.Domain;

public sealed class DocumentSubmissionTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_complete_submission_keeps_what_the_permit_is_issued_from()
    {
        var submission = DocumentSubmission.Take(Guid.NewGuid(), "791028302728", "PSC-AST-01", DocumentSubmission.Required.ToList(), new DateOnly(2033, 1, 1), "Astana, Mangilik El 55", "850621300012", Now);

        Assert.Equal("Astana, Mangilik El 55", submission.HousingAddress);
        Assert.Equal("PSC-AST-01", Assert.IsType<DocumentsSubmittedToPsc>(Assert.Single(submission.PendingEvents)).Office);
    }

    [Fact]
    public void Every_missing_document_is_named()
    {
        var failures = Assert.Throws<ChecksFailed>(() =>
            DocumentSubmission.Take(Guid.NewGuid(), "791028302728", "PSC-AST-01", [PscDocument.Passport, PscDocument.ApplicationForm], new DateOnly(2033, 1, 1), "Astana", "850621300012", Now)).Failures;

        Assert.Equal(["HousingContract", "MedicalCertificate", "Photo"], failures.Select(f => f.Subject).Order());
        Assert.All(failures, f => Assert.Equal("psc.document-missing", f.Code));
    }
}
