namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>What the bytes are, whatever the upload claims: PDF, JPEG or PNG by their signatures.</summary>
public static class ContentSniffer
{
    public static ContentKind? Detect(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF-"u8) ? ContentKind.Pdf
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ContentKind.Jpeg
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? ContentKind.Png
        : null;
}
