using NomadPlatform.Contracts.Identity;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain;

/// <summary>A foreign person registered at a Kazakh foreign institution, holder of one IIN.</summary>
public sealed class Person : AggregateRoot
{
    readonly List<Passport> _passports = [];

    public Guid Id { get; private set; }
    public string Iin { get; private set; } = "";
    public string Surname { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public Sex Sex { get; private set; }
    public List<string> Citizenships { get; private set; } = [];
    public IReadOnlyList<Passport> Passports => _passports;
    public DateTimeOffset RegisteredAt { get; private set; }

    public string FullName => $"{Surname} {GivenName}";

    Person() { }

    public static Person Register(Iin iin, string surname, string givenName, IEnumerable<string> citizenships, IEnumerable<Passport> passports, DateTimeOffset now)
    {
        var person = new Person
        {
            Id = Guid.CreateVersion7(now),
            Iin = iin.Value,
            Surname = surname,
            GivenName = givenName,
            BirthDate = iin.BirthDate,
            Sex = iin.Sex,
            Citizenships = citizenships.Distinct().ToList(),
            RegisteredAt = now,
        };
        person._passports.AddRange(passports);
        person.Record(new IinIssued { PersonId = person.Id, Iin = person.Iin, FullName = person.FullName, OccurredAt = now });
        return person;
    }

    /// <summary>The same person registering again: identity data must agree; new passports and citizenships are added.</summary>
    public void Reconfirm(string surname, DateOnly birthDate, Sex sex, IEnumerable<string> citizenships, IEnumerable<Passport> passports)
    {
        if (birthDate != BirthDate || sex != Sex || !string.Equals(surname, Surname, StringComparison.OrdinalIgnoreCase))
            throw new CaseRuleViolation("identity.passport-other-person", $"A passport given is registered to IIN {Iin} with another surname, birth date or sex.");

        foreach (var passport in passports.Where(p => !_passports.Any(known => known.Country == p.Country && known.Number == p.Number)))
            _passports.Add(passport);
        Citizenships = Citizenships.Union(citizenships).ToList();
    }
}
