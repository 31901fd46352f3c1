namespace NomadPlatform.Identity.Features.IssueEmployeeCertificate;

/// <summary>An organisation asks for its employee's certificate: for a key the employee holds (csr), or as a file key (password).</summary>
public sealed record IssueEmployeeCertificateRequest(string? Iin, string? Surname, string? GivenName, string? Purpose, string? Csr, string? Password);
