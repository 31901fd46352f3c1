using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>Every aggregate's <see cref="AggregateRoot.Version"/> is a concurrency token: an update or delete names the version it read.</summary>
sealed class AggregateVersionConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes().Where(t => t.BaseType is null && typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
            entityType.Builder.Property(typeof(long), nameof(AggregateRoot.Version))?.IsConcurrencyToken(true);
    }
}
