using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.IssueCertificate;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.IssueEmployeeCertificate;

/// <summary>
/// The first start's key ceremony: each organisation administrator named to the CA who holds no
/// certificate yet receives an employee authentication key as a PKCS#12 file in
/// <c>Eds:BootstrapKeyDirectory</c>. Everyone else is then issued certificates at their agency's request.
/// </summary>
public static class AdministratorKeyBootstrap
{
    public static async Task IssueAdministratorKeysAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<EdsOptions>>().Value;
        if (options.BootstrapKeyDirectory is not { Length: > 0 } directory) return;
        var passphrase = options.BootstrapKeyPassphrase is { Length: >= 8 } given ? given
            : throw new InvalidOperationException("Eds:BootstrapKeyPassphrase (8 characters or more) protects the administrators' key files.");
        Directory.CreateDirectory(directory);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var certificates = scope.ServiceProvider.GetRequiredService<IssueCertificateHandler>();
        var employees = scope.ServiceProvider.GetRequiredService<EmployeeCertificates>();
        foreach (var (bin, organisation) in options.Organisations)
        foreach (var administrator in organisation.Administrators)
        {
            var file = Path.Combine(directory, KeyFileName(bin, administrator.Iin));
            if (File.Exists(file) || await db.IssuedCertificates.AnyAsync(c => c.Iin == administrator.Iin && c.Bin == bin && c.RevokedAt == null, cancellationToken))
                continue;
            var holder = employees.Holder(Bin.Parse(bin), Iin.Parse(administrator.Iin), administrator.Surname, administrator.GivenName);
            var pkcs12 = await certificates.IssueFileKeyAsync(holder, EdsPurpose.Authentication, passphrase, cancellationToken);
            await File.WriteAllBytesAsync(file, pkcs12, cancellationToken);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public static string KeyFileName(string bin, string iin) => $"{bin}-{iin}-auth.p12";
}
