using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// Where notices are mailed. A deployment names its mail server (<c>Mail:Smtp:Host</c>, <c>…:Port</c>,
/// <c>…:UserName</c>, <c>…:Password</c> from user secrets or the environment; STARTTLS required); without one,
/// the AppHost starts a local sink (smtp4dev, the repository's dotnet tool) on this machine only, whose
/// web inbox shows every mail sent (in memory: it keeps nothing across restarts).
/// </summary>
public static class MailSink
{
    public sealed record Smtp(string Host, int Port, bool RequireTls, string? UserName, string? Password, IResourceBuilder<ExecutableResource>? Sink);

    public static Smtp AddMailServer(this IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection("Mail:Smtp");
        if (configured["Host"] is { Length: > 0 } host)
            return new Smtp(host, configured.GetValue("Port", 587), true, configured["UserName"], configured["Password"], null);

        var smtpPort = FreePort.Next();
        var webPort = FreePort.Next();
        var sink = builder.AddExecutable("mail", "dotnet", Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..")),
                "tool", "run", "smtp4dev", "--", $"--smtpport={smtpPort}", "--imapport=0", "--pop3port=0", $"--urls=http://127.0.0.1:{webPort}",
                "--db=", "--nousersettings", "--allowremoteconnections-", "--hostname=localhost", "--tlsmode=None")
            .WithHttpEndpoint(port: webPort, targetPort: webPort, name: "http", isProxied: false)
            .WithEndpoint(port: smtpPort, targetPort: smtpPort, name: "smtp", scheme: "smtp", isProxied: false)
            .WithHttpHealthCheck("/api/messages");
        return new Smtp("127.0.0.1", smtpPort, false, null, null, sink);
    }

    /// <summary>The notification service mails through <paramref name="smtp"/>, once the local sink (if any) is up.</summary>
    public static IResourceBuilder<ProjectResource> WithMailServer(this IResourceBuilder<ProjectResource> service, IDistributedApplicationBuilder builder, Smtp smtp)
    {
        service.WithEnvironment("Notifications__Smtp__Host", smtp.Host)
            .WithEnvironment("Notifications__Smtp__Port", smtp.Port.ToString())
            .WithEnvironment("Notifications__Smtp__RequireTls", smtp.RequireTls ? "true" : "false");
        if (smtp.UserName is not null) service.WithEnvironment("Notifications__Smtp__UserName", smtp.UserName);
        if (smtp.Password is not null) service.WithSecretFiles(builder, new Dictionary<string, string> { ["Notifications:Smtp:Password"] = smtp.Password });
        if (smtp.Sink is not null) service.WaitFor(smtp.Sink);
        return service;
    }
}
