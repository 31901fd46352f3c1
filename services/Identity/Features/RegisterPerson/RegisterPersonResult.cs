namespace NomadPlatform.Identity.Features.RegisterPerson;

public sealed record RegisterPersonResult(Guid PersonId, string Iin, bool Created);
