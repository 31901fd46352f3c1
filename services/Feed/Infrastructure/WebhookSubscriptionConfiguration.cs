using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Infrastructure;

public sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.HasKey(w => w.PartnerBin);
        builder.Property(w => w.PartnerBin).HasMaxLength(12);
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.LastError).HasMaxLength(500);
        builder.HasOne<Partner>().WithMany().HasForeignKey(w => w.PartnerBin);
    }
}
