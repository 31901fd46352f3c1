using System.Text.Json;
using NomadPlatform.Applicants;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;

namespace NomadPlatform.PlatformHarness;

/// <summary>Phases 2 and 3: the RP application and its approval, the arrival, the PSC and the permit.</summary>
public sealed partial class CaseJourney
{
    /// <summary>Phase 2: the applicant files the form with the state duty paid today, then a migration officer approves.</summary>
    public async Task ApproveAsync()
    {
        await FileRpApplicationAsync();
        await DecideApprovalAsync();
    }

    public async Task<JsonElement> DecideApprovalAsync() =>
        await SendAsync<JsonElement>("approval", HttpMethod.Post, $"/api/rp-applications/{CaseId}/approval", user: await OfficerAsync("approval", "MigrationOfficer"));

    /// <summary>A migration officer refuses, citing statutory grounds by code.</summary>
    public async Task<JsonElement> RefuseApprovalAsync(params string[] grounds) =>
        await SendAsync<JsonElement>("approval", HttpMethod.Post, $"/api/rp-applications/{CaseId}/refusal", new { grounds }, await OfficerAsync("approval", "MigrationOfficer"));

    public async Task<JsonElement> FileRpApplicationAsync(string? paymentReference = null)
    {
        await WaitForAsync("approval", $"/api/rp-applications/{CaseId}");
        var applicant = await ApplicantAsync();
        var duty = await SendAsync<JsonElement>("approval", HttpMethod.Get, $"/api/state-duty/{platform.Today.Year}", user: applicant);
        var endorsement = await SendAsync<JsonElement>("hubintake", HttpMethod.Get, $"/api/applications/{CaseId}", user: applicant);
        return await SendAsync<JsonElement>("approval", HttpMethod.Post, $"/api/rp-applications/{CaseId}/filing", SignedFiling(new
        {
            caseId = CaseId,
            iin = Iin,
            endorsementNumber = endorsement.GetProperty("endorsementNumber").GetString(),
            email = "dana.nomad@example.org",
            phone = "+491701234567",
            intendedAddress = "Astana, Mangilik El 55, apt 12",
            payment = new { reference = paymentReference ?? $"KZPAY-{Guid.NewGuid():N}", amountKzt = duty.GetProperty("totalKzt").GetDecimal(), paidOn = platform.Today },
        }), applicant);
    }

    /// <summary>The filing's body: the filing document and the applicant's detached signature over its exact bytes.</summary>
    public object SignedFiling(object document, EdsKeyFile? key = null)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document);
        var signature = EdsSigner.Sign(bytes, key ?? SigningKey!, detached: true, platform.Now);
        return new { application = Convert.ToBase64String(bytes), signature = Convert.ToBase64String(signature) };
    }

    /// <summary>Whose fingers this applicant has: another journey given the same number shows the same fingerprints.</summary>
    public int FingerprintPerson { get; set; } = Random.Shared.Next(1, int.MaxValue / 2);

    /// <summary>Phase 3 up to, not including, completion: entry, ten-print, a fit medical result and a year's lease.</summary>
    public async Task RecordArrivalStepsAsync(string housingAddress)
    {
        await EnterAsync();
        await RegisterFingerprintsAsync();
        await RecordMedicalAndHousingAsync(housingAddress);
    }

    /// <summary>Crosses the border today, once Arrival has opened the window (on the notification's event).</summary>
    public async Task EnterAsync()
    {
        await WaitForAsync("arrival", $"/api/arrivals/{CaseId}");
        await SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{CaseId}/entry", new { enteredOn = Today }, await OfficerAsync("arrival", "BorderOfficer"));
    }

    public async Task<JsonElement> RegisterFingerprintsAsync() =>
        await SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{CaseId}/fingerprints",
            new { fingers = SyntheticFingerprints.TenPrint(FingerprintPerson, capture: 1) }, await OfficerAsync("arrival", "BiometricsOfficer"));

    public async Task RecordMedicalAndHousingAsync(string housingAddress)
    {
        await RecordMedicalExaminationAsync();
        await RecordHousingContractAsync(housingAddress);
    }

    public async Task<JsonElement> RecordMedicalExaminationAsync() =>
        await SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{CaseId}/medical-examination",
            new { examinedOn = Today, clinic = "City Polyclinic No. 4, Astana", certificateNumber = $"MED-{CaseId:N}"[..20], result = "Fit" },
            await OfficerAsync("arrival", "MigrationPoliceOfficer"));

    /// <summary>A year's lease from today (a later contract replaces it until the arrival is complete).</summary>
    public async Task<JsonElement> RecordHousingContractAsync(string housingAddress) =>
        await SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{CaseId}/housing-contract", new
        {
            address = housingAddress,
            landlord = new { name = "Aigerim Nurlanovna Bekova", iinOrBin = "791028302728" },
            startsOn = Today,
            endsOn = Today.AddYears(1),
        }, await OfficerAsync("arrival", "MigrationPoliceOfficer"));

    public async Task ArriveAsync(string housingAddress)
    {
        await RecordArrivalStepsAsync(housingAddress);
        await CompleteArrivalAsync();
    }

    public async Task<JsonElement> CompleteArrivalAsync() =>
        await SendAsync<JsonElement>("arrival", HttpMethod.Post, $"/api/arrivals/{CaseId}/completion", user: await OfficerAsync("arrival", "MigrationPoliceOfficer"));

    /// <summary>The base64 templates of the first capture of a person's ten fingers.</summary>
    public static IReadOnlyList<string> TemplatesOf(int person) =>
        Enumerable.Range(1, 10).Select(position => Convert.ToBase64String(SyntheticFingerprints.Capture(person, position, 1))).ToList();

    /// <summary>A whole case from registration to the permit, every step by the right person or officer; returns the permit.</summary>
    public async Task<JsonElement> RunToPermitAsync(string passportNumber, DateOnly passportExpiresOn, string housingAddress)
    {
        await RegisterAsync(passportNumber, passportExpiresOn);
        await SubmitAsync(passportExpiresOn);
        await EndorseAsync();
        await ApproveAsync();
        await ArriveAsync(housingAddress);
        return await IssuePermitAsync();
    }

    public static readonly string[] PscDocuments = ["ApplicationForm", "Passport", "Photo", "MedicalCertificate", "HousingContract"];

    /// <summary>At the Public Service Center: the documents handed in, then the permit.</summary>
    public async Task<JsonElement> IssuePermitAsync()
    {
        var operatorAtCounter = await OfficerAsync("pscissuance", "PscOperator");
        await SendAsync<JsonElement>("pscissuance", HttpMethod.Post, "/api/submissions", new { caseId = CaseId, office = "PSC-AST-01", documents = PscDocuments }, operatorAtCounter);
        return await SendAsync<JsonElement>("pscissuance", HttpMethod.Post, "/api/permits", new { caseId = CaseId }, operatorAtCounter);
    }
}
