using System.Security.Cryptography;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain.SignIn;

/// <summary>
/// A one-time value the person's signer signs with their EDS authentication key (as NCALayer does on
/// eGov): fresh for <see cref="Lifetime"/>, good for one sign-in.
/// </summary>
public sealed class SignInChallenge
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int MaxLength = 64;

    public string Value { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>The person who said they were signing in when asking for it (as eGov asks the IIN first); only they can use it.</summary>
    public string? ForIin { get; private set; }

    SignInChallenge() { }

    public static SignInChallenge Issue(DateTimeOffset now, string? forIin = null) => new()
    {
        ForIin = forIin,
        Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        IssuedAt = now,
        ExpiresAt = now + Lifetime,
    };

    /// <summary>Why this challenge cannot sign anyone in now, or null when it can.</summary>
    public Reason? RefusalAt(DateTimeOffset now) =>
        UsedAt is not null ? new Reason("signin.challenge-used", $"The challenge was already used for a sign-in; ask for a new one.")
        : now >= ExpiresAt ? new Reason("signin.challenge-expired", $"The challenge expired at {ExpiresAt:O}; ask for a new one.")
        : null;

    /// <summary>Why <paramref name="signerIin"/> may not answer this challenge, or null when they may.</summary>
    public Reason? RefusalFor(string signerIin) =>
        ForIin is not null && ForIin != signerIin
            ? new Reason("signin.challenge-of-another", $"The challenge was issued for another person's sign-in; it was signed by someone else.")
            : null;
}
