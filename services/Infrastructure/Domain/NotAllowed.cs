namespace NomadPlatform.Infrastructure.Domain;

/// <summary>The caller is signed in, but what it asks is not its to ask (a 403 with the reason).</summary>
public sealed class NotAllowed(string code, FormattableString text) : Refusal(new Reason(code, text));
