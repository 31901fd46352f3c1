using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Identity.Domain.SignIn;

namespace NomadPlatform.Identity.Infrastructure.SignIn;

public sealed class SignInChallengeConfiguration : IEntityTypeConfiguration<SignInChallenge>
{
    public void Configure(EntityTypeBuilder<SignInChallenge> builder)
    {
        builder.ToTable("SignInChallenges");
        builder.HasKey(c => c.Value);
        builder.Property(c => c.Value).HasMaxLength(SignInChallenge.MaxLength);
        builder.Property(c => c.ForIin).HasMaxLength(12);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
