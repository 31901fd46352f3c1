using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.ServiceDefaults;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NomadPlatform.Identity.Infrastructure.Systems;

/// <summary>
/// Each enrolled organisation's system is an OAuth client (<c>system:&lt;BIN&gt;</c>) that authenticates
/// with a JWT signed by one of its system certificates' keys (private_key_jwt): its key set holds
/// the public key of every system certificate the CA issued it and has not revoked, named by serial.
/// </summary>
public sealed class SystemClients(IOpenIddictApplicationManager applications)
{
    public async Task AddKeyAsync(Bin bin, X509Certificate2 certificate, CancellationToken cancellationToken)
    {
        var clientId = SystemClaims.ClientIdOf(bin.Value);
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        if (application is null) Describe(descriptor, clientId);
        else await applications.PopulateAsync(descriptor, application, cancellationToken);

        // A service added to the platform after the client was created (the feed) is added to its scopes.
        foreach (var scope in SystemClaims.Services.Select(s => Permissions.Prefixes.Scope + SystemClaims.AudienceOf(s)))
            descriptor.Permissions.Add(scope);
        descriptor.JsonWebKeySet ??= new JsonWebKeySet();
        descriptor.JsonWebKeySet.Keys.Add(KeyOf(certificate));
        if (application is null) await applications.CreateAsync(descriptor, cancellationToken);
        else await applications.UpdateAsync(application, descriptor, cancellationToken);
    }

    /// <summary>
    /// A revoked certificate's key no longer authenticates its organisation's system. OpenIddict's store
    /// saves the context it shares with the register, so the revocation pending there is saved with it.
    /// </summary>
    public async Task RemoveKeyAsync(string bin, string serialNumber, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(SystemClaims.ClientIdOf(bin), cancellationToken);
        if (application is null) return;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        if (descriptor.JsonWebKeySet is null) return;
        foreach (var key in descriptor.JsonWebKeySet.Keys.Where(k => k.Kid == serialNumber).ToList())
            descriptor.JsonWebKeySet.Keys.Remove(key);
        // A client with no key could not authenticate at all: it is removed, and enrolling again creates it anew.
        if (descriptor.JsonWebKeySet.Keys.Count == 0) await applications.DeleteAsync(application, cancellationToken);
        else await applications.UpdateAsync(application, descriptor, cancellationToken);
    }

    static void Describe(OpenIddictApplicationDescriptor descriptor, string clientId)
    {
        descriptor.ClientId = clientId;
        descriptor.ClientType = ClientTypes.Confidential;
        descriptor.DisplayName = $"Information system of BIN {clientId[SystemClaims.ClientPrefix.Length..]}";
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
    }

    static JsonWebKey KeyOf(X509Certificate2 certificate)
    {
        JsonWebKey key = certificate.GetECDsaPublicKey() is { } ecdsa
            ? JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ecdsa))
            : certificate.GetRSAPublicKey() is { } rsa
                ? JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa))
                : throw new InvalidOperationException("A system certificate holds an EC or RSA key.");
        key.Kid = certificate.SerialNumber;
        key.Use = JsonWebKeyUseNames.Sig;
        key.X5c.Add(Convert.ToBase64String(certificate.RawData));
        return key;
    }
}
