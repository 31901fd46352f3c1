using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace NomadPlatform.ServiceDefaults;

/// <summary>
/// Marks spans with whose data they handle (attribute <c>nomad.iin_hash</c>) without putting the IIN in
/// the telemetry: a keyed hash, the same in every agency (<c>Telemetry:IinHashKey</c>, a secret), so an
/// operator holding the key finds one person's cases, and nobody reverses the 12 digits by trying them all.
/// </summary>
public sealed class PersonTelemetry(IConfiguration configuration)
{
    public const string IinHashTag = "nomad.iin_hash";

    // Without a configured key (a developer's unit of work, not the AppHost's): a fixed one, stated here.
    readonly byte[] _key = Encoding.UTF8.GetBytes(configuration["Telemetry:IinHashKey"] is { Length: > 0 } key ? key : "nomad-development-telemetry");

    public string HashOf(string iin) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(iin)))[..16];

    /// <summary>Tags the span and the request or receive span it runs in.</summary>
    public void Tag(Activity? activity, string iin)
    {
        string? hash = null;
        for (var span = activity; span is not null; span = span.Parent)
        {
            if (span.GetTagItem(IinHashTag) is not null) break;
            span.SetTag(IinHashTag, hash ??= HashOf(iin));
        }
    }
}
