namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>The cover letter is in English, Kazakh or Russian, and its letters agree with the language declared.</summary>
public static class CoverLetterRule
{
    const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    const int MinLetters = 200;

    public static IEnumerable<DocumentProblem> Check(LetterLanguage declared, string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count < MinLetters)
        {
            yield return new DocumentProblem(DocumentKind.CoverLetter, "letter-too-short", $"The cover letter has {letters.Count} letters; at least {MinLetters} are expected.");
            yield break;
        }

        var latin = letters.Count(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') / (double)letters.Count;
        var cyrillic = letters.Count(c => c is >= '\u0400' and <= '\u04FF') / (double)letters.Count;
        var kazakh = letters.Count(c => KazakhLetters.Contains(c)) / (double)letters.Count;
        var detected = latin >= 0.8 ? LetterLanguage.English
            : cyrillic >= 0.8 && kazakh >= 0.01 ? LetterLanguage.Kazakh
            : cyrillic >= 0.8 ? LetterLanguage.Russian
            : (LetterLanguage?)null;
        if (detected is null)
            yield return new DocumentProblem(DocumentKind.CoverLetter, "letter-language", $"The cover letter must be in English, Kazakh or Russian; its letters are neither mostly Latin nor mostly Cyrillic.");
        else if (detected != declared)
            yield return new DocumentProblem(DocumentKind.CoverLetter, "letter-language-mismatch", $"The cover letter was declared {declared} but reads as {detected}.");
    }
}
