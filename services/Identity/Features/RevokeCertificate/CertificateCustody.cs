using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.IssueEmployeeCertificate;
using NomadPlatform.Identity.Security;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Identity.Features.RevokeCertificate;

/// <summary>
/// Who may see and revoke a certificate: its holder (a person's own, an employee's own), the
/// organisation's administrators for the organisation's certificates (its seal included), and a CA
/// officer for any. To anyone else it does not exist.
/// </summary>
public sealed class CertificateCustody(EmployeeCertificates organisations)
{
    public bool Allows(Actor actor, IssuedCertificate certificate) =>
        actor.Holds(IdentityRoles.CaOfficer)
        || (certificate.Bin is null ? actor.Is(certificate.Iin ?? "")
            : actor.Bin == certificate.Bin && (actor.Iin == certificate.Iin || organisations.IsAdministrator(certificate.Bin, actor.Iin)));
}
