namespace NomadPlatform.Arrival.Domain.Fingerprints;

/// <summary>A ridge ending or bifurcation: position in pixels, direction in degrees (0–360).</summary>
public readonly record struct Minutia(int X, int Y, double Angle, MinutiaKind Kind);

public enum MinutiaKind
{
    Other = 0,
    RidgeEnding = 1,
    Bifurcation = 2,
}
