using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.HubIntake.Domain;
using NomadPlatform.HubIntake.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>Accepts an application once Identity confirms the applicant's IIN exists.</summary>
public sealed class SubmitApplicationHandler(HubIntakeDbContext db, IinRegistry.IinRegistryClient iinRegistry, TimeProvider time)
{
    public async Task<HubApplication> HandleAsync(Iin iin, DateOnly passportExpiresOn, CancellationToken cancellationToken)
    {
        var person = await AgencyCall.SendAsync("Identity",
            () => iinRegistry.LookupIinAsync(new LookupIinRequest { Iin = iin.Value }, cancellationToken: cancellationToken).ResponseAsync);
        if (!person.Exists)
            throw new CaseRuleViolation($"IIN {iin} is not registered; obtain an IIN at a Kazakh foreign institution first.");

        var application = HubApplication.Submit(iin, person.FullName, passportExpiresOn, time.GetUtcNow());
        CaseTelemetry.TagCase(application.CaseId);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }
}
