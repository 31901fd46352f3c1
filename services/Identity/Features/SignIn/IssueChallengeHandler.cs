using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain.SignIn;
using NomadPlatform.Identity.Infrastructure;

namespace NomadPlatform.Identity.Features.SignIn;

public sealed class IssueChallengeHandler(IdentityDbContext db, TimeProvider time)
{
    static readonly TimeSpan KeptAfterExpiry = TimeSpan.FromDays(1);

    public async Task<SignInChallenge> HandleAsync(string? forIin, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var challenge = SignInChallenge.Issue(now, forIin);
        db.SignInChallenges.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        // Old challenges say nothing more once a day has passed (their replays are refused as unknown).
        if (Random.Shared.Next(100) == 0)
            await db.SignInChallenges.Where(c => c.ExpiresAt < now - KeptAfterExpiry).ExecuteDeleteAsync(cancellationToken);
        return challenge;
    }
}
