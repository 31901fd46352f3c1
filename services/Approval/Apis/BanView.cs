using NomadPlatform.Approval.Domain;

namespace NomadPlatform.Approval.Apis;

public sealed record BanView(string Iin, string Reason, DateOnly StartsOn, DateOnly EndsOn, Guid? CaseId)
{
    public static BanView Of(ReapplicationBan ban) => new(ban.Iin, ban.Reason.ToString(), ban.StartsOn, ban.EndsOn, ban.CaseId);
}
