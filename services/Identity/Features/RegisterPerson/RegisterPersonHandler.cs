using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Identity.Features.RegisterPerson;

/// <summary>
/// Issues an IIN to a foreign person. A passport registered again returns the same person (its new
/// passports and citizenships added); conflicting identity data is refused. The serial is the next
/// free one for the birth date and sex; a concurrent registration that took it makes this one retry.
/// </summary>
public sealed class RegisterPersonHandler(IdentityDbContext db, TimeProvider time)
{
    const int Attempts = 8;

    public async Task<RegisterPersonResult> HandleAsync(RegisterPersonRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RegisterAsync(request, cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < Attempts && UniqueViolation.Is(exception))
            {
                // Registrations for one birth date and sex race for the same serial: step apart and take the next.
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    async Task<RegisterPersonResult> RegisterAsync(RegisterPersonRequest request, CancellationToken cancellationToken)
    {
        var passports = request.Passports!.Select(p => new Passport(p.Number!.Trim(), p.Country!, p.ExpiresOn!.Value)).ToList();
        var surname = request.Surname!.Trim();
        var sex = Enum.Parse<Sex>(request.Sex!, ignoreCase: true);

        var existing = await FindByPassportsAsync(passports, cancellationToken);
        if (existing is not null)
        {
            existing.Reconfirm(surname, request.BirthDate!.Value, sex, request.Citizenships!, passports);
            await db.SaveChangesAsync(cancellationToken);
            return new RegisterPersonResult(existing.Id, existing.Iin, Created: false);
        }

        var iin = await NextIinAsync(request.BirthDate!.Value, sex, cancellationToken);
        var person = Person.Register(iin, surname, request.GivenName!.Trim(), request.Citizenships!, passports, time.GetUtcNow());
        db.Persons.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisterPersonResult(person.Id, person.Iin, Created: true);
    }

    async Task<Person?> FindByPassportsAsync(List<Passport> passports, CancellationToken cancellationToken)
    {
        var matches = new List<Person>();
        foreach (var passport in passports)
        {
            var holder = await db.Persons.FirstOrDefaultAsync(
                p => p.Passports.Any(x => x.Country == passport.Country && x.Number == passport.Number), cancellationToken);
            if (holder is not null && matches.All(m => m.Id != holder.Id)) matches.Add(holder);
        }
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw new CaseRuleViolation("identity.passports-of-different-persons", $"The passports given belong to different persons ({string.Join(", ", matches.Select(m => m.Iin))})."),
        };
    }

    async Task<Iin> NextIinAsync(DateOnly birthDate, Sex sex, CancellationToken cancellationToken)
    {
        var prefix = Iin.Prefix(birthDate, sex);
        var taken = await db.Persons.Where(p => p.Iin.StartsWith(prefix)).Select(p => p.Iin).ToListAsync(cancellationToken);
        return IinIssuer.Next(birthDate, sex, taken.Count == 0 ? 0 : taken.Max(IinIssuer.SerialOf));
    }
}
