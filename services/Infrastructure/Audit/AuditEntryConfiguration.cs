using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NomadPlatform.Infrastructure.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        // One entry per place, and an entry is linked once: two linkers racing cannot both extend the
        // chain, nor can one move entries the other has just linked (the update asks that it is unlinked).
        builder.HasIndex(e => e.ChainIndex).IsUnique();
        builder.Property(e => e.ChainIndex).IsConcurrencyToken();
        builder.HasIndex(e => new { e.CaseId, e.At });
        builder.HasIndex(e => new { e.SubjectIin, e.At });
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.ActorRole).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.SubjectIin).HasMaxLength(12);
        builder.Property(e => e.What).HasMaxLength(512);
        builder.Property(e => e.TraceParent).HasMaxLength(55);
        builder.Property(e => e.Reason).HasMaxLength(32);
        builder.Property(e => e.PreviousHash).HasMaxLength(AuditHash.Length);
        builder.Property(e => e.Hash).HasMaxLength(AuditHash.Length);
    }
}
