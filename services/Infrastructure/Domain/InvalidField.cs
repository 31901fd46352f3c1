namespace NomadPlatform.Infrastructure.Domain;

/// <summary>A field whose value is well-formed but not acceptable (a file that is no PDF, a CSR that fails its proof of possession): a 400 naming the field, with the reason.</summary>
public sealed class InvalidField(string field, string code, FormattableString reason) : Refusal(new Reason(code, reason))
{
    public string Field { get; } = field;
}
