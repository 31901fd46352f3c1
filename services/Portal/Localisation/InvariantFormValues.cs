using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NomadPlatform.Portal.Localisation;

/// <summary>
/// A browser sends a number or date field in one format whatever the page's language ("18165.00",
/// "2026-12-04"), so posted forms are read in the invariant culture, not the reader's: in Russian or
/// Kazakh "18165.00" is no decimal at all.
/// </summary>
public sealed class InvariantFormValueProviderFactory : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (!request.HasFormContentType) return;
        var form = await request.ReadFormAsync(context.ActionContext.HttpContext.RequestAborted);
        context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
    }

    public static void ReplaceIn(MvcOptions options)
    {
        var reader = options.ValueProviderFactories.OfType<FormValueProviderFactory>().Single();
        options.ValueProviderFactories[options.ValueProviderFactories.IndexOf(reader)] = new InvariantFormValueProviderFactory();
    }
}
