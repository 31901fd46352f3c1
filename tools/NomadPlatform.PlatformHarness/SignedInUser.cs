using System.Net.Http.Headers;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;

namespace NomadPlatform.PlatformHarness;

/// <summary>
/// A person holding an EDS authentication key, signed in at Identity on the platform's clock; signs in
/// again when the access token has expired (the clock may have been moved by days). Before the clock
/// moves past the key's expiry, <paramref name="renew"/> (asked while the key is still valid) gets its
/// successor, as a real holder renews before the year is out.
/// </summary>
public sealed class SignedInUser(LocalPlatform platform, EdsKeyFile authenticationKey, Func<SignedInUser, Task<EdsKeyFile>>? renew = null) : IDisposable
{
    readonly SemaphoreSlim _signingIn = new(1, 1);
    TokenSet? _tokens;

    public EdsKeyFile AuthenticationKey { get; private set; } = authenticationKey;

    /// <summary>The holder's IIN, as the certificate's SERIALNUMBER (IIN…) names it.</summary>
    public string Iin { get; } = authenticationKey.Certificate.SubjectName.EnumerateRelativeDistinguishedNames()
        .Select(rdn => (rdn.GetSingleElementType().Value, rdn.GetSingleElementValue()))
        .Single(a => a.Value == "2.5.4.5" && a.Item2?.StartsWith("IIN", StringComparison.Ordinal) == true).Item2![3..];

    /// <summary>Renews the key if it would expire before <paramref name="until"/>; the next request signs in with the new one.</summary>
    public async Task RenewIfExpiringAsync(DateTimeOffset until)
    {
        if (renew is null || AuthenticationKey.Certificate.NotAfter.ToUniversalTime() > until.UtcDateTime.AddDays(1)) return;
        var renewed = await renew(this);
        await _signingIn.WaitAsync();
        var old = AuthenticationKey;
        AuthenticationKey = renewed;
        _tokens = null;
        _signingIn.Release();
        old.Dispose();
    }

    public async Task<string> AccessTokenAsync()
    {
        await _signingIn.WaitAsync();
        try
        {
            if (_tokens is null || _tokens.ExpiresAt - TimeSpan.FromMinutes(1) < platform.Now)
            {
                using var identity = platform.Client("identity");
                _tokens = await EdsSignIn.SignInAsync(identity, AuthenticationKey, platform.Now);
            }
            return _tokens.AccessToken;
        }
        finally
        {
            _signingIn.Release();
        }
    }

    public async Task AuthorizeAsync(HttpRequestMessage request) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync());

    public void Dispose()
    {
        AuthenticationKey.Dispose();
        _signingIn.Dispose();
    }
}
