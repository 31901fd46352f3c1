namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>
/// The application manifest (base64 of its UTF-8 JSON) and the applicant's detached CMS signature
/// over exactly those bytes (base64), made with the EDS signing key.
/// </summary>
public sealed record SubmitApplicationRequest(string? Manifest, string? Signature);
