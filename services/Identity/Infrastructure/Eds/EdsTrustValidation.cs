using Microsoft.Extensions.Options;

namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>A configured trust anchor or intermediate that is not a certificate stops Identity at start, naming it.</summary>
public sealed class EdsTrustValidation : IValidateOptions<EdsOptions>
{
    public ValidateOptionsResult Validate(string? name, EdsOptions options)
    {
        var problems = new List<string>();
        foreach (var entry in options.Trust.Anchors.Concat(options.Trust.Intermediates))
        {
            try
            {
                using var _ = TrustedAuthorities.Load(entry);
            }
            catch (InvalidOperationException exception)
            {
                problems.Add(exception.Message);
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
