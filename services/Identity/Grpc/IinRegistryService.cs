using NomadPlatform.Infrastructure.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Grpc;

public sealed class IinRegistryService(IdentityDbContext db, AuditTrail audit) : IinRegistry.IinRegistryBase
{
    public override async Task<LookupIinReply> LookupIin(LookupIinRequest request, ServerCallContext context)
    {
        if (!Iin.TryParse(request.Iin, out _, out var reason))
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"iin: {reason}"));

        var person = await db.Persons.AsNoTracking()
            .Where(p => p.Iin == request.Iin)
            .Select(p => new { p.Surname, p.GivenName, p.BirthDate, p.Citizenships })
            .SingleOrDefaultAsync(context.CancellationToken);
        if (person is not null) await audit.ReadAsync("person", null, request.Iin, context.CancellationToken);
        return person is null
            ? new LookupIinReply { Exists = false }
            : new LookupIinReply
            {
                Exists = true,
                FullName = $"{person.Surname} {person.GivenName}",
                BirthDate = person.BirthDate.ToString("O"),
                Citizenships = { person.Citizenships },
            };
    }
}
