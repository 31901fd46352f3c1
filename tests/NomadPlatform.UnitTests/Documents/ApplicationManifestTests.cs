using System.Text.Json;
using NomadPlatform.Applicants;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Features.SubmitApplication;

namespace NomadPlatform.UnitTests.Documents;

public sealed class ApplicationManifestTests
{
    [Fact]
    public void A_dossiers_manifest_reads_back_with_every_declaration()
    {
        var dossier = ApplicantDossier.Create("Dana Nomad", ["DE", "RU"], new DateOnly(2026, 11, 25));
        var errors = new Dictionary<string, string[]>();

        var manifest = ApplicationManifest.TryRead(JsonSerializer.SerializeToUtf8Bytes(dossier.Manifest("791028302728", new DateOnly(2031, 5, 1))), errors);

        Assert.Empty(errors);
        Assert.Equal(8, manifest!.Documents.Count);
        var russian = manifest.Documents.Single(d => d is { Kind: DocumentKind.PoliceClearance, IssuingCountry: "RU" });
        Assert.Equal(Certification.None, russian.Certification);
        Assert.Equal(LetterLanguage.English, manifest.Documents.Single(d => d.Kind == DocumentKind.CoverLetter).Language);
        Assert.Equal("Acme GmbH", Assert.Single(manifest.Cv.Experience).Company);
    }

    [Theory]
    [InlineData("""{"kind":"Selfie","sha256":"00"}""", "manifest.documents[0].kind")]
    [InlineData("""{"kind":"Photo","sha256":"zz"}""", "manifest.documents[0].sha256")]
    [InlineData("""{"kind":"PoliceClearance","sha256":"0000000000000000000000000000000000000000000000000000000000000000","issuingCountry":"DE","certification":"Apostille"}""", "manifest.documents[0].issuedOn")]
    [InlineData("""{"kind":"DiplomaOrCertificate","sha256":"0000000000000000000000000000000000000000000000000000000000000000","issuingCountry":"Germany","certification":"Apostille"}""", "manifest.documents[0].issuingCountry")]
    [InlineData("""{"kind":"CoverLetter","sha256":"0000000000000000000000000000000000000000000000000000000000000000","language":"French"}""", "manifest.documents[0].language")]
    [InlineData("null", "manifest.documents[0]")]
    public void A_malformed_document_entry_names_its_field(string entry, string field)
    {
        var json = $$"""{"iin":"791028302728","passportExpiresOn":"2031-01-01","cv":{},"documents":[{{entry}}]}""";
        var errors = new Dictionary<string, string[]>();

        Assert.Null(ApplicationManifest.TryRead(System.Text.Encoding.UTF8.GetBytes(json), errors));
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void A_manifest_without_documents_or_cv_is_refused()
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Null(ApplicationManifest.TryRead("""{"iin":"791028302728","passportExpiresOn":"2031-01-01"}"""u8.ToArray(), errors));
        Assert.Contains("manifest.documents", errors.Keys);
        Assert.Contains("manifest.cv", errors.Keys);
    }
}
