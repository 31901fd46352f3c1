using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NomadPlatform.Infrastructure.Reasons;

namespace NomadPlatform.Infrastructure.Http;

public static class CaseProblemsExtensions
{
    /// <summary>The case's exceptions as problem details, their reasons in the reader's language from <paramref name="service"/>'s texts and this library's.</summary>
    public static IServiceCollection AddCaseProblems(this IServiceCollection services, Assembly service)
    {
        services.AddSingleton(new ReasonTexts(service));
        services.AddExceptionHandler<CaseExceptionHandler>();
        return services;
    }
}
