namespace NomadPlatform.HubIntake.Domain.Documents;

public enum LetterLanguage
{
    English,
    Kazakh,
    Russian,
}
