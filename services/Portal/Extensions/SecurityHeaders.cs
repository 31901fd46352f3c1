using Microsoft.Extensions.Options;

namespace NomadPlatform.Portal.Extensions;

public static class SecurityHeaders
{
    /// <summary>
    /// Pages load only this portal's own scripts and styles; the one other address a page may reach is
    /// the person's signer (NCALayer on their own machine). No framing, no form posted elsewhere.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var signer = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.NcaLayerUrl;
        var policy = $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' {signer.GetLeftPart(UriPartial.Authority)}; " +
                     "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            return next(context);
        });
        return app;
    }
}
