using NomadPlatform.Approval.Domain.FamilyVisas;

namespace NomadPlatform.Approval.Apis;

public sealed record FamilyVisaView(
    string Number, string Category, Guid PrincipalCaseId, string MemberName, string Relationship, DateOnly ValidFrom, DateOnly ValidUntil, int Renewals, bool RightToWork)
{
    public static FamilyVisaView Of(FamilyVisa v) =>
        new(v.Number, "C2", v.PrincipalCaseId, v.MemberName, v.Relationship.ToString(), v.ValidFrom, v.ValidUntil, v.Renewals, v.RightToWork);
}
