using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using NomadPlatform.Applicants;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;

namespace NomadPlatform.PlatformHarness;

/// <summary>One applicant's case driven through the agencies' public HTTP APIs, under one trace.</summary>
public sealed partial class CaseJourney(LocalPlatform platform) : IDisposable
{
    static readonly ActivitySource Source = new("NomadPlatform.PlatformHarness");
    static readonly ActivityListener Listener = StartListener(); // registered before the first root span starts

    readonly Activity _root = Source.StartActivity("digital nomad case", ActivityKind.Client)!;

    /// <summary>The events of a case from submission to the permit, each once, as the applicant's timeline shows them.</summary>
    public static readonly string[] FullTimeline =
    [
        "ApplicationSubmitted", "DocumentsVerified", "InterviewScheduled", "InterviewHeld", "EndorsementIssued", "RpApplicationFiled",
        "PreliminaryApprovalGranted", "NotificationIssued", "EntryRecorded", "FingerprintsRegistered", "MedicalExaminationRecorded", "HousingContractRecorded",
        "ArrivalCompleted", "DocumentsSubmittedToPsc", "ResidencePermitIssued", "PermanentResidenceRegistered",
    ];

    public string TraceId => _root.TraceId.ToHexString();
    public DateOnly Today => platform.Today;
    public string Iin { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public EdsKeyFile? SigningKey { get; private set; }
    public ApplicantDossier? Dossier { get; private set; }
    string[] _citizenships = [];

    /// <summary>At the foreign institution: an IIN, then an EDS signing key as a PKCS#12 file.</summary>
    public async Task RegisterAsync(string passportNumber, DateOnly passportExpiresOn, params string[] citizenships)
    {
        await RegisterPersonAsync(passportNumber, passportExpiresOn, citizenships);
        await RenewSigningKeyAsync();
    }

    /// <summary>At the foreign institution: the IIN.</summary>
    public async Task RegisterPersonAsync(string passportNumber, DateOnly passportExpiresOn, params string[] citizenships)
    {
        _citizenships = citizenships.Length > 0 ? citizenships : ["DE"];
        var person = await SendAsync<JsonElement>("identity", HttpMethod.Post, "/api/persons", user: await ConsularOfficerAsync(), body: new
        {
            surname = "Nomad",
            givenName = "Dana",
            birthDate = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(365 * 30)),
            sex = "Female",
            citizenships = _citizenships,
            passports = new[] { new { number = passportNumber, country = _citizenships[0], expiresOn = passportExpiresOn } },
        });
        Iin = person.GetProperty("iin").GetString()!;
    }

    /// <summary>
    /// The applicant's own signing key, made on their own device: the CA certifies it from a CSR. Without
    /// one, the CA makes the key and hands it over as a password-protected file (PKCS#12).
    /// </summary>
    public RSA? OwnKey { get; init; }

    /// <summary>The applicant's own authentication (sign-in) key, certified from a CSR like <see cref="OwnKey"/>; without one, a file key.</summary>
    public RSA? OwnAuthenticationKey { get; init; }

    /// <summary>
    /// Where the applicant's keys come from when not from the platform's CA: another authority (NCA),
    /// given the IIN and the purpose (Signing or Authentication).
    /// </summary>
    public Func<string, string, EdsKeyFile>? KeysFromAuthority { get; init; }

    /// <summary>A person whose IIN comes from elsewhere (NCA's register), never registered at a foreign institution here.</summary>
    public void HoldIinFromElsewhere(string iin) => Iin = iin;

    /// <summary>A new EDS signing key from the CA (a file key is valid one year).</summary>
    public async Task RenewSigningKeyAsync()
    {
        var renewed = KeysFromAuthority is not null ? KeysFromAuthority(Iin, "Signing")
            : OwnKey is not null ? await CertifiedAsync(OwnKey, "Signing") : await FileKeyAsync("Signing");
        SigningKey?.Dispose();
        SigningKey = renewed;
    }

    /// <summary>The applicant's own key, certified by the CA from its CSR for <paramref name="purpose"/>.</summary>
    async Task<EdsKeyFile> CertifiedAsync(RSA key, string purpose)
    {
        var csr = new CertificateRequest("CN=Dana Nomad", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequestPem();
        var issued = await SendAsync<JsonElement>("identity", HttpMethod.Post, $"/api/persons/{Iin}/certificates", new { purpose, csr }, await ConsularOfficerAsync());
        var certificate = X509Certificate2.CreateFromPem(issued.GetProperty("certificatePem").GetString());
        // A copy: disposing the key file must not dispose the key the applicant keeps for the next renewal.
        return new EdsKeyFile(certificate, EdsPrivateKey.Of(RSA.Create(key.ExportParameters(includePrivateParameters: true))));
    }

    Task<EdsKeyFile> AuthenticationKeyAsync() =>
        KeysFromAuthority is not null ? Task.FromResult(KeysFromAuthority(Iin, "Authentication"))
        : OwnAuthenticationKey is not null ? CertifiedAsync(OwnAuthenticationKey, "Authentication") : FileKeyAsync("Authentication");

    /// <summary>The consular officer who registers applicants and hands over their first keys.</summary>
    public Task<SignedInUser> ConsularOfficerAsync() => platform.Staff.OfficerAsync("identity", "ConsularOfficer");

    /// <summary>The platform's officer of <paramref name="service"/>'s agency holding <paramref name="role"/>.</summary>
    public Task<SignedInUser> OfficerAsync(string service, string role) => platform.Staff.OfficerAsync(service, role);

    SignedInUser? _applicant;

    /// <summary>The applicant signed in with an EDS authentication key the consular officer had issued to them.</summary>
    public async Task<SignedInUser> ApplicantAsync()
    {
        if (_applicant is not null) return _applicant;
        // Renewed by the consular officer when the clock is about to pass the key's year.
        _applicant = new SignedInUser(platform, await AuthenticationKeyAsync(), _ => AuthenticationKeyAsync());
        platform.ClockMoving += _applicant.RenewIfExpiringAsync;
        return _applicant;
    }

    /// <summary>A key made by the CA for the applicant, handed over as a PKCS#12 file at the foreign institution.</summary>
    public async Task<EdsKeyFile> FileKeyAsync(string purpose)
    {
        const string password = "file-key-password";
        using var response = await SendRawAsync("identity", HttpMethod.Post, $"/api/persons/{Iin}/certificates", new { purpose, password }, await ConsularOfficerAsync());
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"A {purpose} key answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        return EdsSigner.OpenKeyFile(await response.Content.ReadAsByteArrayAsync(), password);
    }

    ApplicantDossier? _prepared;

    /// <summary>The next application starts from fresh documents (a clearance is good for 180 days).</summary>
    public void ForgetDossier() => Dossier = _prepared = null;

    /// <summary>The applicant's files, made on their own machine (before registration they hold a German passport).</summary>
    public ApplicantDossier PrepareDossier() =>
        _prepared ??= ApplicantDossier.Create("Dana Nomad", _citizenships.Length > 0 ? _citizenships : ["DE"], platform.Today);

    /// <summary>Uploads the seven kinds of document (a clearance per citizenship), once.</summary>
    public async Task<ApplicantDossier> UploadDossierAsync()
    {
        if (Dossier is not null) return Dossier;
        var dossier = PrepareDossier();
        foreach (var file in dossier.Files)
            await UploadAsync(file);
        return Dossier = dossier;
    }

    /// <summary>Uploads a corrected file in place of the dossier's file of that kind.</summary>
    public async Task ReplaceDocumentAsync(DossierFile corrected)
    {
        await UploadAsync(corrected);
        Dossier!.Replace(corrected);
    }

    public async Task UploadAsync(DossierFile file)
    {
        using var content = new ByteArrayContent(file.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        using var form = new MultipartFormDataContent { { content, "file", file.FileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applicants/{Iin}/documents/{file.Kind}") { Content = form };
        using var response = await SendRawAsync("hubintake", request, await ApplicantAsync());
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Uploading {file.Kind} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
    }

    /// <summary>The manifest listing the uploaded dossier, as the applicant signs it.</summary>
    public async Task<Dictionary<string, object>> ManifestAsync(DateOnly passportExpiresOn) =>
        (await UploadDossierAsync()).Manifest(Iin, passportExpiresOn);

    public async Task SubmitAsync(DateOnly passportExpiresOn) => await SubmitSignedAsync(await SignedSubmissionAsync(passportExpiresOn));

    /// <summary>Sends a submission signed earlier (201 for a new case; the same one again answers 200 with that case).</summary>
    public async Task<HttpStatusCode> SubmitSignedAsync(object signedSubmission)
    {
        using var response = await SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", signedSubmission, await ApplicantAsync());
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Submission answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        CaseId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetGuid();
        return response.StatusCode;
    }

    /// <summary>The submission's body, ready to send: the manifest of the uploaded dossier and its signature.</summary>
    public async Task<object> SignedSubmissionAsync(DateOnly passportExpiresOn) => Signed(await ManifestAsync(passportExpiresOn), SigningKey!);

    /// <summary>Signs the manifest (detached CMS over its exact bytes) and submits both, as this applicant.</summary>
    public async Task<HttpResponseMessage> SubmitRawAsync(object manifest, EdsKeyFile key) =>
        await SendRawAsync("hubintake", HttpMethod.Post, "/api/applications", Signed(manifest, key), await ApplicantAsync());

    public async Task<HttpResponseMessage> ResubmitRawAsync(object manifest) =>
        await SendRawAsync("hubintake", HttpMethod.Post, $"/api/applications/{CaseId}/resubmission", Signed(manifest, SigningKey!), await ApplicantAsync());

    object Signed(object manifest, EdsKeyFile key)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(manifest);
        var signature = EdsSigner.Sign(bytes, key, detached: true, platform.Now);
        return new { manifest = Convert.ToBase64String(bytes), signature = Convert.ToBase64String(signature) };
    }

    /// <summary>The Hub officers' review: documents accepted, the online interview booked, held and passed, then the endorsement.</summary>
    public async Task EndorseAsync()
    {
        await VerifyDocumentsAsync();
        var startsAt = await ScheduleInterviewAsync($"interviewer-{Guid.NewGuid():N}");
        platform.AdvanceClock(startsAt - platform.Now + TimeSpan.FromMinutes(30)); // the interview is held
        await PassInterviewAndEndorseAsync();
    }

    /// <summary>After the interview's slot: passed, then the endorsement.</summary>
    public async Task PassInterviewAndEndorseAsync()
    {
        await RecordInterviewPassedAsync();
        await IssueEndorsementAsync();
    }

    public async Task<JsonElement> RecordInterviewPassedAsync() =>
        await SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{CaseId}/interview/result", new { passed = true, notes = "Portfolio and experience confirmed." },
            await OfficerAsync("hubintake", "Interviewer"));

    public async Task<JsonElement> IssueEndorsementAsync() =>
        await SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{CaseId}/endorsement", user: await OfficerAsync("hubintake", "EndorsementSigner"));

    public async Task<JsonElement> VerifyDocumentsAsync() =>
        await SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{CaseId}/document-verification", new { decision = "Accept" },
            await OfficerAsync("hubintake", "DocumentReviewer"));

    /// <summary>Books the interviewer's first free slot (or the one given) and returns its start.</summary>
    public async Task<DateTimeOffset> ScheduleInterviewAsync(string interviewer, DateTimeOffset? startsAt = null)
    {
        var officer = await OfficerAsync("hubintake", "Interviewer");
        var start = startsAt ?? (await SendAsync<DateTimeOffset[]>("hubintake", HttpMethod.Get, $"/api/applications/{CaseId}/interview/slots?interviewer={interviewer}", user: officer))[0];
        await SendAsync<JsonElement>("hubintake", HttpMethod.Post, $"/api/applications/{CaseId}/interview", new { startsAt = start, interviewer }, officer);
        return start;
    }

    /// <summary>Waits until the applicant's timeline holds this many events, and returns their types in order.</summary>
    public async Task<string[]> TimelineAsync(int expectedEvents)
    {
        string[] events = [];
        for (var attempt = 0; attempt < 150 && events.Length < expectedEvents; attempt++)
        {
            if (attempt > 0) await Task.Delay(200);
            var timeline = await SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/cases/{CaseId}/timeline", user: await ApplicantAsync());
            events = timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("eventType").GetString()!).ToArray();
        }
        return events;
    }

    static ActivityListener StartListener()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    public void Dispose()
    {
        SigningKey?.Dispose();
        if (_applicant is not null)
        {
            platform.ClockMoving -= _applicant.RenewIfExpiringAsync;
            _applicant.Dispose();
        }
        _root.Dispose();
    }
}
