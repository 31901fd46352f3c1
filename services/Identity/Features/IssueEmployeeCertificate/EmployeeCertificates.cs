using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.IssueCertificate;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.IssueEmployeeCertificate;

/// <summary>Employees' certificates (IIN and the organisation's BIN, holder type employee), issued only at the organisation's request.</summary>
public sealed class EmployeeCertificates(IOptions<EdsOptions> options)
{
    /// <summary>The holder an employee certificate of <paramref name="bin"/> names; the organisation's name comes from the CA's register.</summary>
    public CertificateHolder Holder(Bin bin, Iin iin, string surname, string givenName)
    {
        if (!options.Value.Organisations.TryGetValue(bin.Value, out var organisation))
            throw new CaseNotFound("identity.bin-unknown", $"BIN {bin} is not registered with the national CA.");
        return new CertificateHolder(NcaSubject.ForEmployee(iin, surname, givenName, bin, organisation.Name), iin.Value, bin.Value, EdsHolderType.Employee);
    }

    /// <summary>Whether <paramref name="iin"/> is named to the CA as an administrator of <paramref name="bin"/>.</summary>
    public bool IsAdministrator(string bin, string iin) =>
        options.Value.Organisations.TryGetValue(bin, out var organisation) && organisation.Administrators.Any(a => a.Iin == iin);
}
