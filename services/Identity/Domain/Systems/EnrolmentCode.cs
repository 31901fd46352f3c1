using System.Security.Cryptography;
using System.Text;

namespace NomadPlatform.Identity.Domain.Systems;

/// <summary>
/// A one-time secret that lets an organisation's system enrol its first certificate: the one the CA
/// register was configured with, or one a CA officer issued later (e.g. after a revocation). Only its
/// SHA-256 is kept; once used it is void.
/// </summary>
public sealed class EnrolmentCode
{
    public static readonly TimeSpan IssuedCodeLifetime = TimeSpan.FromDays(7);

    public string CodeHash { get; private set; } = "";
    public string Bin { get; private set; } = "";
    /// <summary>"configuration", or the IIN of the CA officer who issued it.</summary>
    public string IssuedBy { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public string? UsedFor { get; private set; }

    EnrolmentCode() { }

    public static string HashOf(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    /// <summary>A fresh code for <paramref name="bin"/>: the value to hand over (shown once) and its record.</summary>
    public static (string Value, EnrolmentCode Record) Issue(string bin, string officerIin, DateTimeOffset now)
    {
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return (value, new EnrolmentCode { CodeHash = HashOf(value), Bin = bin, IssuedBy = officerIin, IssuedAt = now, ExpiresAt = now + IssuedCodeLifetime });
    }

    /// <summary>The configured code, recorded at the moment it is used.</summary>
    public static EnrolmentCode Configured(string bin, string code, DateTimeOffset now) =>
        new() { CodeHash = HashOf(code), Bin = bin, IssuedBy = "configuration", IssuedAt = now };

    /// <summary>Why this code cannot enrol <paramref name="bin"/> now, or null when it can.</summary>
    public string? RefusalFor(string bin, DateTimeOffset now) =>
        Bin != bin ? "The enrolment code is not this organisation's."
        : UsedAt is { } used ? $"The enrolment code was already used on {used:O}; ask the CA for a new one."
        : ExpiresAt is { } expires && now > expires ? $"The enrolment code expired on {expires:O}; ask the CA for a new one."
        : null;

    public void Use(string serialNumber, DateTimeOffset now)
    {
        UsedAt = now;
        UsedFor = serialNumber;
    }
}
