namespace NomadPlatform.Contracts;

/// <summary>An event that records an officer's act; the timeline shows who acted.</summary>
public interface IOfficerAct
{
    /// <summary>The IIN of the officer who acted; absent from events published before December 2026 (an additive field).</summary>
    string? OfficerIin { get; }
}
