using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using NomadPlatform.Portal.SignIn;

namespace NomadPlatform.Portal.Agencies;

/// <summary>
/// Every call to an agency is made as the signed-in person, with their own access token (the agency
/// decides what they may do), in the reader's language (an agency that writes texts writes them in it).
/// </summary>
public sealed class PersonTokenHandler(IHttpContextAccessor http) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The request's own sign-in result, already validated (and refreshed) by the session cookie's handler.
        var session = http.HttpContext?.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult;
        if (SessionTokens.AccessTokenOf(session?.Properties) is { Length: > 0 } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        return await base.SendAsync(request, cancellationToken);
    }
}
