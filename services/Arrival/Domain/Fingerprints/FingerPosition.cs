namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>Finger positions as ISO/IEC 19794-2 codes them (1–10); a ten-print has each once.</summary>
public enum FingerPosition
{
    RightThumb = 1,
    RightIndex = 2,
    RightMiddle = 3,
    RightRing = 4,
    RightLittle = 5,
    LeftThumb = 6,
    LeftIndex = 7,
    LeftMiddle = 8,
    LeftRing = 9,
    LeftLittle = 10,
}

/// <summary>Why a finger has no print: the capture station declares it instead of a template.</summary>
public enum MissingFingerReason
{
    Amputated,

    /// <summary>Scarred, bandaged or otherwise impossible to print on the day.</summary>
    UnableToPrint,
}
