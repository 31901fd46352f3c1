namespace NomadPlatform.Identity.Features.EnrolSystem;

/// <summary>The organisation is not registered with the CA, or did not prove it is (wrong enrolment code).</summary>
public sealed class EnrolmentRefused(string message) : Exception(message);
