namespace NomadPlatform.Applicants;

/// <summary>
/// A synthetic applicant's seven kinds of document, valid on <c>filedOn</c>, with a clearance per
/// citizenship, and the manifest (form + document hashes) that lists them.
/// </summary>
public sealed class ApplicantDossier
{
    static readonly HashSet<string> ChisinauParties = ["AM", "AZ", "BY", "KG", "MD", "RU", "TJ", "UZ", "UA"];

    readonly List<DossierFile> _files;

    ApplicantDossier(List<DossierFile> files) => _files = files;

    public IReadOnlyList<DossierFile> Files => _files;

    public static ApplicantDossier Create(string fullName, IReadOnlyList<string> citizenships, DateOnly filedOn)
    {
        var tag = Guid.NewGuid().ToString("N")[..8]; // every applicant's files differ
        var home = citizenships[0];
        List<DossierFile> files =
        [
            new("PassportCopy", "passport.pdf", "application/pdf", SyntheticFiles.Pdf($"Passport of {fullName}", $"Copy {tag}")),
            new("ItPortfolio", "portfolio.pdf", "application/pdf", SyntheticFiles.Pdf($"Portfolio of {fullName}", "Payments platform, 2019-2025", $"Ref {tag}"), Title: "Payments platform"),
            new("DiplomaOrCertificate", "diploma.pdf", "application/pdf", SyntheticFiles.Pdf($"Master of Computer Science: {fullName}", $"No. {tag}"),
                IssuingCountry: home, Certification: CertificationFor(home)),
            new("Photo", "photo.jpg", "image/jpeg", SyntheticFiles.Photo(seed: tag[0])),
            new("Cv", "cv.pdf", "application/pdf", SyntheticFiles.Pdf($"CV of {fullName}", "Senior engineer, Acme GmbH, 2018-2025", $"Ref {tag}")),
            new("CoverLetter", "cover-letter.pdf", "application/pdf", SyntheticFiles.Pdf(
                "Dear Astana Hub,",
                "I am a software engineer with ten years of experience building distributed systems",
                "for payment providers and public services. I would like to work remotely from Kazakhstan",
                "under the Digital Nomad programme while serving my current employer, and to take part",
                "in the local technology community through meetups, mentoring and open source work.",
                $"Yours sincerely, {fullName} ({tag})"), Language: "English"),
        ];
        files.AddRange(citizenships.Select(country => new DossierFile(
            "PoliceClearance", $"clearance-{country}.pdf", "application/pdf",
            SyntheticFiles.Pdf($"Certificate of no criminal record ({country}): {fullName}", $"No. {tag}"),
            IssuingCountry: country, Certification: CertificationFor(country), IssuedOn: filedOn.AddDays(-20))));
        return new ApplicantDossier(files);
    }

    /// <summary>Replaces the file(s) of one kind with a corrected one.</summary>
    public void Replace(DossierFile corrected)
    {
        _files.RemoveAll(f => f.Kind == corrected.Kind);
        _files.Add(corrected);
    }

    /// <summary>The manifest the applicant signs: IIN, passport expiry, the form's CV facts and every file by hash.</summary>
    public Dictionary<string, object> Manifest(string iin, DateOnly passportExpiresOn) => new()
    {
        ["iin"] = iin,
        ["passportExpiresOn"] = passportExpiresOn.ToString("yyyy-MM-dd"),
        ["documents"] = _files.Select(f => f.ManifestEntry()).ToList(),
        ["cv"] = new
        {
            higherEducation = new[] { new { institution = "Technical University of Munich", degree = "MSc Computer Science", graduationYear = 2015 } },
            courses = new[] { new { title = "Distributed Systems in Practice", year = 2021 } },
            experience = new[] { new { company = "Acme GmbH", position = "Senior engineer", fromYear = 2018, toYear = (int?)2025 } },
        },
    };

    static string CertificationFor(string country) => ChisinauParties.Contains(country) ? "None" : "Apostille";
}
