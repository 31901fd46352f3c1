using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

public static class SecretFiles
{
    /// <summary>
    /// Secrets come as files, never as environment variables (which the dashboard and process listings
    /// show): <c>Secrets:Directory</c> names a directory readable only by the service's user, holding one
    /// file per setting, named by its key with <c>__</c> for <c>:</c> (e.g. <c>Eds__CaKeyPassphrase</c>).
    /// </summary>
    public static IHostApplicationBuilder AddSecretFiles(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration["Secrets:Directory"] is { Length: > 0 } directory)
            builder.Configuration.AddKeyPerFile(directory, optional: false);
        return builder;
    }
}
