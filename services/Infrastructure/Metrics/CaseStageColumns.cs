using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>
/// The stage a record was last saved in, whether it is open and since when: kept beside the record (not
/// in the domain) so the time in a stage and the cases open per stage come from the agency's own table.
/// </summary>
public static class CaseStageColumns
{
    public const string Stage = "StageName";
    public const string Open = "StageOpen";
    public const string EnteredAt = "StageEnteredAt";

    public static EntityTypeBuilder<T> HasCaseStage<T>(this EntityTypeBuilder<T> builder) where T : class, IStagedCase
    {
        builder.Property<string?>(Stage).HasMaxLength(64);
        builder.Property<bool>(Open);
        builder.Property<DateTimeOffset?>(EnteredAt);
        builder.HasIndex(Open, Stage);
        return builder;
    }
}
