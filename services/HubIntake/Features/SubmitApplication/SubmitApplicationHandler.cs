using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Calendar;
using NomadPlatform.Contracts.Grpc.Approval.V1;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Signatures;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>
/// Accepts an application once Identity confirms that the IIN exists and that the manifest carries
/// the applicant's own valid signing signature, Approval that no re-application ban stands, and the
/// listed documents pass the set checks. Hub-Intake never verifies a signature itself. The same
/// signed submission sent again (its answer lost on the way) answers with the case it created.
/// </summary>
public sealed class SubmitApplicationHandler(
    HubIntakeDbContext db,
    IinRegistry.IinRegistryClient iinRegistry,
    ApplicantSignatures signatures,
    ApplicantEligibility.ApplicantEligibilityClient eligibility,
    DocumentSetCheck documentChecks,
    KazakhstanCalendar calendar,
    TimeProvider time)
{
    public async Task<SubmissionOutcome> HandleAsync(SignedSubmission submission, CancellationToken cancellationToken)
    {
        if (await EarlierCopyAsync(submission, cancellationToken) is { } earlier) return new(earlier, Created: false);
        try
        {
            return new(await SubmitAsync(submission, cancellationToken), Created: true);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // A copy of this submission sent at the same moment was stored first.
            db.ChangeTracker.Clear();
            if (await EarlierCopyAsync(submission, cancellationToken) is { } stored) return new(stored, Created: false);
            throw;
        }
    }

    async Task<HubApplication> SubmitAsync(SignedSubmission submission, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // The case's id is chosen first, so Identity's and Approval's spans of the checks carry it too (as baggage).
        var caseId = Guid.CreateVersion7(now);
        CaseTelemetry.TagCase(caseId);
        var (person, verification, documents) = await CheckAsync(submission, now, cancellationToken);
        var application = HubApplication.Submit(submission.Manifest.Iin, person.FullName, submission.Manifest.PassportExpiresOn, documents,
            new ManifestSignature(submission.ManifestBytes, submission.Signature, verification.SignerSerialNumber), now, caseId);
        db.Applications.Add(application);
        OpenVerificationDeadline(application.CaseId, now);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>The applicant's corrected application after documents were returned: checked and signed like the first.</summary>
    public async Task<HubApplication> ResubmitAsync(Guid caseId, SignedSubmission submission, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindAsync([caseId], cancellationToken) ?? throw CaseNotFound.For("Hub application", caseId);
        if (application.Iin != submission.Manifest.Iin.Value)
            throw new InvalidField("manifest.iin", "hub.case-of-another-iin", $"Case {caseId} belongs to IIN {application.Iin}.");
        if (await EarlierCopyAsync(submission, cancellationToken) is { } earlier)
            return earlier.CaseId == caseId ? earlier : throw new InvalidField("signature", "hub.signature-of-another-case", $"This signed submission belongs to case {earlier.CaseId}.");
        var now = time.GetUtcNow();
        CaseTelemetry.TagCase(caseId);
        var (_, verification, documents) = await CheckAsync(submission, now, cancellationToken);
        application.Resubmit(submission.Manifest.PassportExpiresOn, documents,
            new ManifestSignature(submission.ManifestBytes, submission.Signature, verification.SignerSerialNumber), now);
        OpenVerificationDeadline(caseId, now);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>The case this exact signed submission already created or resubmitted, if any.</summary>
    async Task<HubApplication?> EarlierCopyAsync(SignedSubmission submission, CancellationToken cancellationToken)
    {
        var digest = SignatureDigest.Of(submission.Signature);
        var earlier = await db.Applications.SingleOrDefaultAsync(a => a.ManifestSignature.Digest == digest, cancellationToken);
        if (earlier is not null && !earlier.ManifestSignature.Manifest.AsSpan().SequenceEqual(submission.ManifestBytes))
            throw new InvalidField("signature", "hub.signature-of-another-manifest", $"This signature was given for a different manifest.");
        return earlier;
    }

    async Task<(LookupIinReply Person, VerifyReply Verification, IReadOnlyList<SubmittedDocument> Documents)> CheckAsync(
        SignedSubmission submission, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The three agencies answer independently: ask them at once, judge the answers in order.
        var iin = submission.Manifest.Iin;
        var lookup = AgencyCall.SendAsync("Identity",
            () => iinRegistry.LookupIinAsync(new LookupIinRequest { Iin = iin.Value }, cancellationToken: cancellationToken).ResponseAsync);
        var verifying = signatures.VerifyAsync(submission.ManifestBytes, submission.Signature, iin.Value, cancellationToken);
        var eligible = AgencyCall.SendAsync("Approval",
            () => eligibility.CheckEligibilityAsync(new CheckEligibilityRequest { Iin = iin.Value }, cancellationToken: cancellationToken).ResponseAsync);
        _ = Task.WhenAll(lookup, verifying, eligible).ContinueWith(t => t.Exception, TaskScheduler.Default); // observed, whichever is not awaited

        var person = await lookup;
        if (!person.Exists)
            throw new CaseRuleViolation("hub.iin-not-registered", $"IIN {iin} is not registered; obtain an IIN at a Kazakh foreign institution first.");
        var verification = await verifying;
        var standing = await eligible;
        if (!standing.Eligible)
            throw new CaseRuleViolation("hub.applicant-banned", $"IIN {iin} may not file a new residence-permit application until {standing.BannedUntil} ({standing.Reason}).");

        var documents = await documentChecks.CheckAsync(submission.Manifest, person.Citizenships, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        return (person, verification, documents);
    }

    void OpenVerificationDeadline(Guid caseId, DateTimeOffset now) =>
        db.Deadlines.Add(ReviewDeadline.Open(caseId, ReviewStep.DocumentVerification, calendar.DeadlineAfter(now, HubReviewDays.DocumentVerification)));
}
