using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.HubIntake.Domain.Documents;
using NomadPlatform.HubIntake.Domain.Endorsements;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Domain;

/// <summary>An application on the Astana Hub portal; its id is the case id every agency uses.</summary>
public sealed class HubApplication : AggregateRoot, IStagedCase
{
    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string ApplicantName { get; private set; } = "";
    public DateOnly PassportExpiresOn { get; private set; }
    public HubApplicationStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public string? EndorsementNumber { get; private set; }
    public DateTimeOffset? EndorsedAt { get; private set; }
    /// <summary>The endorsement as the Hub's seal signed it (attached CMS over <see cref="EndorsementDocument"/>).</summary>
    public byte[]? SignedEndorsement { get; private set; }
    public DateTimeOffset? InterviewedAt { get; private set; }
    public ManifestSignature ManifestSignature { get; private set; } = null!;
    public DateTimeOffset? InterviewStartsAt { get; private set; }
    public string? Interviewer { get; private set; }
    public string? InterviewNotes { get; private set; }
    public string? RejectionReason { get; private set; }
    public List<SubmittedDocument> Documents { get; private set; } = [];
    public List<DocumentToCorrect> ToCorrect { get; private set; } = [];

    public CaseStage Stage => CaseStage.Of("hub", Status, open: Status is not (HubApplicationStatus.Endorsed or HubApplicationStatus.Rejected));

    HubApplication() { }

    public static HubApplication Submit(Iin iin, string applicantName, DateOnly passportExpiresOn, IReadOnlyList<SubmittedDocument> documents,
        ManifestSignature signature, DateTimeOffset now, Guid? caseId = null)
    {
        RequirePassportValidity(passportExpiresOn, now);

        var application = new HubApplication
        {
            CaseId = caseId ?? Guid.CreateVersion7(now),
            Iin = iin.Value,
            ApplicantName = applicantName,
            PassportExpiresOn = passportExpiresOn,
            Status = HubApplicationStatus.Submitted,
            SubmittedAt = now,
            ManifestSignature = signature,
            Documents = [.. documents],
        };
        application.Record(new ApplicationSubmitted
        {
            CaseId = application.CaseId,
            Iin = application.Iin,
            ApplicantName = applicantName,
            PassportExpiresOn = passportExpiresOn,
            OccurredAt = now,
        });
        return application;
    }

    public void VerifyDocuments(string officerIin, DateTimeOffset now)
    {
        Require(HubApplicationStatus.Submitted, new("hub.act.have-its-documents-verified", $"have its documents verified"));
        Status = HubApplicationStatus.DocumentsVerified;
        Record(new DocumentsVerified { CaseId = CaseId, OccurredAt = now, OfficerIin = officerIin });
    }

    public void ReturnDocuments(IReadOnlyList<ReturnedDocument> documents, string officerIin, DateTimeOffset now)
    {
        Require(HubApplicationStatus.Submitted, new("hub.act.have-documents-returned", $"have documents returned"));
        if (documents.Count == 0) throw new CaseRuleViolation("hub.return-needs-a-document", $"Returning documents needs at least one document with its reason.");
        Status = HubApplicationStatus.DocumentsReturned;
        ToCorrect = documents.Select(d => new DocumentToCorrect(d.Kind, d.Reason)).ToList();
        Record(new DocumentsReturned { CaseId = CaseId, Documents = documents, OccurredAt = now, OfficerIin = officerIin });
    }

    public void Resubmit(DateOnly passportExpiresOn, IReadOnlyList<SubmittedDocument> documents, ManifestSignature signature, DateTimeOffset now)
    {
        Require(HubApplicationStatus.DocumentsReturned, new("hub.act.be-resubmitted", $"be resubmitted"));
        RequirePassportValidity(passportExpiresOn, now);
        PassportExpiresOn = passportExpiresOn;
        Documents = [.. documents];
        ToCorrect = [];
        ManifestSignature = signature;
        Status = HubApplicationStatus.Submitted;
        Record(new ApplicationResubmitted { CaseId = CaseId, OccurredAt = now });
    }

    /// <summary>Books the interview; <paramref name="officerIin"/> is null when the applicant chose the time.</summary>
    public void ScheduleInterview(DateTimeOffset startsAt, string interviewer, string? officerIin, DateTimeOffset now)
    {
        Require(HubApplicationStatus.DocumentsVerified, new("hub.act.have-an-interview-scheduled", $"have an interview scheduled"));
        if (startsAt <= now) throw new CaseRuleViolation("hub.interview-in-the-past", $"An interview is scheduled in the future.");
        Status = HubApplicationStatus.InterviewScheduled;
        InterviewStartsAt = startsAt;
        Interviewer = interviewer;
        Record(new InterviewScheduled { CaseId = CaseId, StartsAt = startsAt, Interviewer = interviewer, OccurredAt = now, OfficerIin = officerIin });
    }

    public void RecordInterview(bool passed, string notes, string officerIin, DateTimeOffset now)
    {
        Require(HubApplicationStatus.InterviewScheduled, new("hub.act.have-its-interview-recorded", $"have its interview recorded"));
        if (now < InterviewStartsAt) throw new CaseRuleViolation("hub.interview-not-held-yet", $"The interview starts at {InterviewStartsAt:O}; record it after it is held.");
        InterviewNotes = notes;
        InterviewedAt = now;
        Record(new InterviewHeld { CaseId = CaseId, Passed = passed, Notes = notes, OccurredAt = now, OfficerIin = officerIin });
        if (passed) Status = HubApplicationStatus.Interviewed;
        else Reject($"The online interview was not passed: {notes}", officerIin, now);
    }

    public void Reject(string reason, string officerIin, DateTimeOffset now)
    {
        if (Status is HubApplicationStatus.Endorsed or HubApplicationStatus.Rejected)
            throw new CaseRuleViolation("hub.cannot-reject", $"An application that is {Status} cannot be rejected.");
        Status = HubApplicationStatus.Rejected;
        RejectionReason = reason;
        Record(new HubApplicationRejected { CaseId = CaseId, Reason = reason, OccurredAt = now, OfficerIin = officerIin });
    }

    /// <summary>What the Hub's seal signs when it endorses this application.</summary>
    public EndorsementDocument EndorsementFor(string number, string issuerBin, string issuer, DateTimeOffset now)
    {
        Require(HubApplicationStatus.Interviewed, new("hub.act.be-endorsed", $"be endorsed"));
        return new EndorsementDocument(number, CaseId, Iin, ApplicantName, PassportExpiresOn, InterviewedAt!.Value, now, issuerBin, issuer);
    }

    public void Endorse(SignedEndorsement endorsement, string officerIin, DateTimeOffset now)
    {
        Require(HubApplicationStatus.Interviewed, new("hub.act.be-endorsed", $"be endorsed"));

        Status = HubApplicationStatus.Endorsed;
        EndorsedAt = now;
        EndorsementNumber = endorsement.Number;
        SignedEndorsement = endorsement.Cms;
        RecordEndorsement(endorsement, officerIin, now);
    }

    /// <summary>The issued endorsement's document again (its number and date unchanged), for a seal enrolled after the one that signed it was revoked.</summary>
    public EndorsementDocument ResealedEndorsement(string issuerBin, string issuer)
    {
        Require(HubApplicationStatus.Endorsed, new("hub.act.have-its-endorsement-resealed", $"have its endorsement re-sealed"));
        return new EndorsementDocument(EndorsementNumber!, CaseId, Iin, ApplicantName, PassportExpiresOn, InterviewedAt!.Value, EndorsedAt!.Value, issuerBin, issuer);
    }

    /// <summary>
    /// The same endorsement under a valid seal, announced again: Approval takes it if it refused the first
    /// (it opens a case once), and every other reader already has this number.
    /// </summary>
    public void Reseal(SignedEndorsement endorsement, string officerIin, DateTimeOffset now)
    {
        Require(HubApplicationStatus.Endorsed, new("hub.act.have-its-endorsement-resealed", $"have its endorsement re-sealed"));
        if (endorsement.Number != EndorsementNumber)
            throw new CaseRuleViolation("hub.reseal-other-number", $"Endorsement {endorsement.Number} is not this application's ({EndorsementNumber}).");
        SignedEndorsement = endorsement.Cms;
        RecordEndorsement(endorsement, officerIin, now);
    }

    void RecordEndorsement(SignedEndorsement endorsement, string officerIin, DateTimeOffset now) => Record(new EndorsementIssued
    {
        CaseId = CaseId,
        Iin = Iin,
        EndorsementNumber = endorsement.Number,
        PassportExpiresOn = PassportExpiresOn,
        SignedEndorsement = endorsement.Cms,
        IssuerBin = endorsement.IssuerBin,
        OccurredAt = now,
        OfficerIin = officerIin,
    });

    static void RequirePassportValidity(DateOnly passportExpiresOn, DateTimeOffset now)
    {
        if (DocumentSetRule.PassportValidityProblem(passportExpiresOn, DateOnly.FromDateTime(now.UtcDateTime)) is { } problem)
            throw new CaseRuleViolation(problem);
    }

    void Require(HubApplicationStatus expected, Reason action)
    {
        if (Status != expected)
            throw new CaseRuleViolation("hub.wrong-status", $"An application that is {Status} cannot {action}; it must be {expected}.");
    }
}
