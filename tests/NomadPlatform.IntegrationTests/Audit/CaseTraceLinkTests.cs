using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Inbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.IntegrationTests.Audit;

/// <summary>
/// Each audit entry keeps the trace it was made in, and the next step of the same case, in a trace of its
/// own, links back to it: the thread an operator follows from the permit to the submission.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CaseTraceLinkTests(PostgresServer postgres) : IDisposable
{
    const string StepSource = "NomadPlatform.IntegrationTests.CaseSteps";
    static readonly ActivitySource Steps = new(StepSource);
    readonly ActivityListener _listener = Listen();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_cases_next_step_links_to_the_trace_of_its_previous_step_here_and_the_entry_keeps_its_trace(DatabaseProvider provider)
    {
        var connection = await MigratedDatabaseAsync(provider);
        var caseId = Guid.NewGuid();
        var otherCase = Guid.NewGuid();

        var submission = await StepAsync(provider, connection, caseId, "read:case");
        var approval = await StepAsync(provider, connection, caseId, "read:case", "read:person");
        var unrelated = await StepAsync(provider, connection, otherCase, "read:case");

        Assert.Empty(submission.Links);
        // One link however often the step saves, and only to the same case's past.
        Assert.Equal([submission.TraceId], approval.Links.Select(l => l.Context.TraceId));
        Assert.Empty(unrelated.Links);
        Assert.Matches("^[0-9a-f]{16}$", (string)approval.GetTagItem(PersonTelemetry.IinHashTag)!);

        await using var check = Create(provider, connection);
        var traces = await check.AuditLog.Where(e => e.CaseId == caseId).OrderBy(e => e.Id).Select(e => e.TraceParent).ToListAsync();
        Assert.Equal([submission.Id, approval.Id, approval.Id], traces);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_entrys_trace_is_under_its_hash(DatabaseProvider provider)
    {
        var connection = await MigratedDatabaseAsync(provider);
        await StepAsync(provider, connection, Guid.NewGuid(), "read:case", "read:documents", "read:ten-prints");
        await using (var db = Create(provider, connection)) while (await new AuditChain(db).LinkAsync(10, CancellationToken.None) > 0) { }

        await using var tampered = Create(provider, connection);
        Assert.Equal(1, await tampered.Database.ExecuteSqlRawAsync(
            """UPDATE "AuditLog" SET "TraceParent" = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' WHERE "ChainIndex" = 2"""));
        var report = await AuditChainVerifier.VerifyAsync(tampered, CancellationToken.None);
        Assert.Equal(2, report.BrokenAt);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_instance_links_to_the_act_it_committed_last_without_reading_the_log_and_a_twin_reads_the_log(DatabaseProvider provider)
    {
        var connection = await MigratedDatabaseAsync(provider);
        var caseId = Guid.NewGuid();
        AuditInterceptor instance = NewAudit(), twin = NewAudit();
        var logReads = new LogReads();

        var submission = await StepAsync(Create(provider, connection, instance), caseId, "read:case");
        var review = await StepAsync(Create(provider, connection, instance, logReads), caseId, "read:case");
        Assert.Equal([submission.TraceId], review.Links.Select(l => l.Context.TraceId));
        Assert.Equal(0, logReads.Count);

        // A step whose save failed committed no act: the next one links past it, to the review.
        await FailedStepAsync(Create(provider, connection, instance), caseId);
        var decision = await StepAsync(Create(provider, connection, instance, logReads), caseId, "read:case");
        Assert.Equal([review.TraceId], decision.Links.Select(l => l.Context.TraceId));
        Assert.Equal(0, logReads.Count);

        var atTwin = await StepAsync(Create(provider, connection, twin, logReads), caseId, "read:case");
        Assert.Equal([decision.TraceId], atTwin.Links.Select(l => l.Context.TraceId));
        Assert.Equal(1, logReads.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Later_saves_in_a_steps_own_trace_link_from_memory_as_when_an_agency_consumes_its_own_event(DatabaseProvider provider)
    {
        var connection = await MigratedDatabaseAsync(provider);
        var caseId = Guid.NewGuid();
        var instance = NewAudit();
        var logReads = new LogReads();

        // The case's first trace here: read once as unseen, once more to learn that nothing came before; then known.
        var submission = await StepAsync(Create(provider, connection, instance, logReads), caseId, "read:case", "read:documents", "read:person");
        Assert.Empty(submission.Links);
        Assert.Equal(2, logReads.Count);

        // Each save of the next step, after the first, is in the trace of the act remembered last: the one before it is remembered too.
        var review = await StepAsync(Create(provider, connection, instance, logReads), caseId, "read:case", "read:documents", "read:person");
        Assert.Equal([submission.TraceId], review.Links.Select(l => l.Context.TraceId));
        Assert.Equal(2, logReads.Count);
    }

    /// <summary>A new database of the provider with the service's schema; its connection string.</summary>
    async Task<string> MigratedDatabaseAsync(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "tracelinks");
        await using var db = Create(provider, connection);
        await db.Database.MigrateAsync();
        return connection;
    }

    /// <summary>A step in a trace of its own whose read is saved with a duplicate inbox mark: the save fails.</summary>
    static async Task FailedStepAsync(ServiceDbContext context, Guid caseId)
    {
        using var step = Steps.StartActivity("case step", ActivityKind.Server, parentContext: default)!;
        await using var db = context;
        var messageId = Guid.NewGuid();
        db.InboxStates.Add(new InboxState { MessageId = messageId, ConsumerId = "case-steps", ReceivedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.InboxStates.Add(new InboxState { MessageId = messageId, ConsumerId = "case-steps", ReceivedAt = DateTimeOffset.UtcNow });
        db.AuditLog.Add(AuditEntry.Of(DateTimeOffset.UtcNow, "870816371471", "MigrationOfficer", "read:case", caseId, "940726400019", "case"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    Task<Activity> StepAsync(DatabaseProvider provider, string connection, Guid caseId, params string[] reads) =>
        StepAsync(Create(provider, connection), caseId, reads);

    /// <summary>One step of a case in a trace of its own: each read recorded and saved on its own, as the services do.</summary>
    static async Task<Activity> StepAsync(ServiceDbContext context, Guid caseId, params string[] reads)
    {
        using var step = Steps.StartActivity("case step", ActivityKind.Server, parentContext: default)!;
        await using var db = context;
        foreach (var read in reads)
        {
            db.AuditLog.Add(AuditEntry.Of(DateTimeOffset.UtcNow, "870816371471", "MigrationOfficer", read, caseId, "940726400019", read[5..]));
            await db.SaveChangesAsync();
        }
        return step;
    }

    /// <summary>A fresh audit interceptor each time: a service instance that has seen no case yet.</summary>
    static ServiceDbContext Create(DatabaseProvider provider, string connection) => Create(provider, connection, NewAudit());

    static ServiceDbContext Create(DatabaseProvider provider, string connection, params IInterceptor[] interceptors) =>
        ProviderContexts.Create("Approval", provider, connection, null, interceptors);

    static AuditInterceptor NewAudit() => new(new HttpContextAccessor(), new HostingEnvironment { ApplicationName = "approval" },
        TimeProvider.System, new PersonTelemetry(new ConfigurationBuilder().Build()), new ConfigurationBuilder().Build());

    /// <summary>Counts the queries that read the audit log.</summary>
    sealed class LogReads : DbCommandInterceptor
    {
        int _count;

        public int Count => _count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && command.CommandText.Contains("AuditLog", StringComparison.Ordinal))
                Interlocked.Increment(ref _count);
            return ValueTask.FromResult(result);
        }
    }

    static ActivityListener Listen()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StepSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    public void Dispose() => _listener.Dispose();
}
