namespace NomadPlatform.Infrastructure.Domain;

public enum Sex
{
    Male,
    Female,
}
