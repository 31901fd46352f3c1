using System.Security.Cryptography;

namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>One stored finger: the template as captured, its quality, and the hash that logs and views show instead of it.</summary>
public sealed class FingerprintTemplate
{
    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public FingerPosition Position { get; private set; }
    public int Quality { get; private set; }
    public byte[] Template { get; private set; } = [];
    public string Sha256 { get; private set; } = "";

    FingerprintTemplate() { }

    public static FingerprintTemplate Of(Guid caseId, string iin, CapturedFinger finger) => new()
    {
        CaseId = caseId,
        Iin = iin,
        Position = finger.Position,
        Quality = finger.Record.Quality,
        Template = finger.Template,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(finger.Template)),
    };
}
