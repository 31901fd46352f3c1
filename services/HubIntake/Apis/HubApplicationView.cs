using NomadPlatform.HubIntake.Domain;

namespace NomadPlatform.HubIntake.Apis;

public sealed record HubApplicationView(
    Guid CaseId, string Iin, string ApplicantName, DateOnly PassportExpiresOn, string Status,
    DateTimeOffset SubmittedAt, DateTimeOffset? InterviewStartsAt, string? EndorsementNumber, DateTimeOffset? EndorsedAt,
    string? RejectionReason, NextDeadlineView? NextDeadline, IReadOnlyList<SubmittedDocument> Documents, IReadOnlyList<DocumentToCorrect> ToCorrect)
{
    public static HubApplicationView Of(HubApplication a, ReviewDeadline? next = null) =>
        new(a.CaseId, a.Iin, a.ApplicantName, a.PassportExpiresOn, a.Status.ToString(), a.SubmittedAt, a.InterviewStartsAt, a.EndorsementNumber, a.EndorsedAt,
            a.RejectionReason,
            next is null ? null : new NextDeadlineView(next.Step.ToString(), next.DueAt, next.BreachedAt is not null),
            a.Documents, a.ToCorrect);
}

/// <summary>A signed manifest: the JSON bytes the applicant signed and the detached CMS signature over them (both base64 in JSON).</summary>
public sealed record SignedManifestView(byte[] Manifest, byte[] Signature, string SignerCertificateSerial);
