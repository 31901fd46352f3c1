using NomadPlatform.Contracts.Identity;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain;

/// <summary>A foreign person registered at a Kazakh foreign institution, holder of one IIN.</summary>
public sealed class Person : AggregateRoot
{
    public Guid Id { get; private set; }
    public string Iin { get; private set; } = "";
    public string Surname { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public Sex Sex { get; private set; }
    public string Citizenship { get; private set; } = "";
    public Passport Passport { get; private set; } = null!;
    public DateTimeOffset RegisteredAt { get; private set; }

    public string FullName => $"{Surname} {GivenName}";

    Person() { }

    public static Person Register(Iin iin, string surname, string givenName, string citizenship, Passport passport, DateTimeOffset now)
    {
        var person = new Person
        {
            Id = Guid.CreateVersion7(now),
            Iin = iin.Value,
            Surname = surname,
            GivenName = givenName,
            BirthDate = iin.BirthDate,
            Sex = iin.Sex,
            Citizenship = citizenship,
            Passport = passport,
            RegisteredAt = now,
        };
        person.Record(new IinIssued { PersonId = person.Id, Iin = person.Iin, FullName = person.FullName, OccurredAt = now });
        return person;
    }
}
