using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.PscIssuance.Apis;

public sealed record SubmissionView(Guid CaseId, string Iin, string Office, string HousingAddress, DateOnly PassportExpiresOn, DateTimeOffset SubmittedAt)
{
    public static SubmissionView Of(DocumentSubmission s) => new(s.CaseId, s.Iin, s.Office, s.HousingAddress, s.PassportExpiresOn, s.SubmittedAt);
}
