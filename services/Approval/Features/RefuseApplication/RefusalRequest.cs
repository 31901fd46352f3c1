namespace NomadPlatform.Approval.Features.RefuseApplication;

/// <summary>The statutory grounds cited, by code (see <c>GET /api/refusal-grounds</c>).</summary>
public sealed record RefusalRequest(string[]? Grounds);
