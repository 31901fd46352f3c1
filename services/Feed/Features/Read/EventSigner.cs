using NomadPlatform.Eds.Signing;
using NomadPlatform.Infrastructure.Seal;

namespace NomadPlatform.Feed.Features.Read;

/// <summary>
/// Signs the exact bytes of a served event with the feed operator's seal: a detached CMS (PKCS#7), as
/// Kazakhstan's e-signatures are, carrying the seal's certificate so a partner checks it against the
/// national CA with openssl or .NET alone.
/// </summary>
public sealed class EventSigner(OrganisationSeal seal, TimeProvider time)
{
    public async Task<byte[]> SignAsync(byte[] servedEvent, CancellationToken cancellationToken) =>
        EdsSigner.Sign(servedEvent, await seal.GetAsync(cancellationToken), detached: true, time.GetUtcNow());
}
