using UglyToad.PdfPig;

namespace NomadPlatform.HubIntake.Infrastructure.Documents;

/// <summary>The text layer of a PDF (first pages only), or null when there is none or the file does not parse.</summary>
public static class PdfText
{
    const int MaxPages = 5;
    const int MaxCharacters = 20_000;

    public static string? Read(Stream pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var text = string.Join("\n", document.GetPages().Take(MaxPages).Select(page => page.Text));
            return string.IsNullOrWhiteSpace(text) ? null : text[..Math.Min(text.Length, MaxCharacters)];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig throws several exception types on damaged files; any of them means "no readable text".
            return null;
        }
    }
}
