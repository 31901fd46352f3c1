namespace NomadPlatform.Infrastructure.Domain;

/// <summary>A field whose value is well-formed JSON but not acceptable (e.g. a CSR that fails its proof of possession).</summary>
public sealed class InvalidField(string field, string reason) : Exception($"{field}: {reason}")
{
    public string Field { get; } = field;
    public string Reason { get; } = reason;
}
