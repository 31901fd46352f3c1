using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace NomadPlatform.Portal.Localisation;

/// <summary>A form field's id and its error in the reader's language (the page model records text keys, never texts).</summary>
public static class FormFields
{
    public static string IdOf(string key) => key.Replace('.', '-').Replace('[', '-').Replace("]", "");

    public static string? ErrorOf(ModelStateDictionary state, IStringLocalizer texts, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? texts[entry.Errors[0].ErrorMessage].Value : null;
}
