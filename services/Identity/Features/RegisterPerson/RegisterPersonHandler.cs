using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.RegisterPerson;

/// <summary>
/// Issues an IIN to a foreign person. The same passport registered again returns the same person;
/// the serial is the next free one for the birth date and sex (serials with no valid check digit are skipped).
/// </summary>
public sealed class RegisterPersonHandler(IdentityDbContext db, TimeProvider time)
{
    public async Task<RegisterPersonResult> HandleAsync(RegisterPersonRequest request, CancellationToken cancellationToken)
    {
        var passport = new Passport(request.PassportNumber!.Trim(), request.PassportCountry!, request.PassportExpiresOn!.Value);
        var existing = await db.Persons.SingleOrDefaultAsync(
            p => p.Passport.Country == passport.Country && p.Passport.Number == passport.Number, cancellationToken);
        if (existing is not null)
        {
            if (existing.BirthDate != request.BirthDate || !string.Equals(existing.Surname, request.Surname!.Trim(), StringComparison.OrdinalIgnoreCase))
                throw new CaseRuleViolation("This passport is already registered to a person with a different name or birth date.");
            return new RegisterPersonResult(existing.Id, existing.Iin, Created: false);
        }

        var sex = Enum.Parse<Sex>(request.Sex!, ignoreCase: true);
        var iin = await NextIinAsync(request.BirthDate!.Value, sex, cancellationToken);
        var person = Person.Register(iin, request.Surname!.Trim(), request.GivenName!.Trim(), request.Citizenship!, passport, time.GetUtcNow());
        db.Persons.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisterPersonResult(person.Id, person.Iin, Created: true);
    }

    async Task<Iin> NextIinAsync(DateOnly birthDate, Sex sex, CancellationToken cancellationToken)
    {
        var prefix = Iin.Prefix(birthDate, sex);
        var taken = await db.Persons.Where(p => p.Iin.StartsWith(prefix)).Select(p => p.Iin).ToListAsync(cancellationToken);
        return IinIssuer.Next(birthDate, sex, taken.Count == 0 ? 0 : taken.Max(IinIssuer.SerialOf));
    }
}
