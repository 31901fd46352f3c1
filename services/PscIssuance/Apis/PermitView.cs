using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.PscIssuance.Apis;

public sealed record PermitView(Guid CaseId, string Iin, string PermitNumber, DateOnly ValidFrom, DateOnly ValidUntil, string RegisteredAddress, DateTimeOffset IssuedAt)
{
    public static PermitView Of(ResidencePermit p) => new(p.CaseId, p.Iin, p.PermitNumber, p.ValidFrom, p.ValidUntil, p.RegisteredAddress, p.IssuedAt);
}
