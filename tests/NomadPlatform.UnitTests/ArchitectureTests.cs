using System.Reflection;

namespace NomadPlatform.UnitTests;

/// <summary>Each service's Domain knows nothing of EF Core, ASP.NET Core, gRPC or MassTransit.</summary>
public sealed class ArchitectureTests
{
    static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MassTransit", "Grpc"];

    public static TheoryData<string> ServiceAssemblies() =>
        ["NomadPlatform.Identity", "NomadPlatform.HubIntake", "NomadPlatform.Approval", "NomadPlatform.Arrival", "NomadPlatform.PscIssuance", "NomadPlatform.Feed"];

    [Theory]
    [MemberData(nameof(ServiceAssemblies))]
    public void Domain_types_use_no_infrastructure_types(string assemblyName)
    {
        var domainTypes = Assembly.Load(assemblyName).GetTypes().Where(t => t.Namespace?.EndsWith(".Domain", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(domainTypes);

        var offending =
            from type in domainTypes
            from used in UsedTypes(type)
            where Forbidden.Any(prefix => used.Namespace?.StartsWith(prefix, StringComparison.Ordinal) == true)
            select $"{type.Name} uses {used.FullName}";
        Assert.Empty(offending);
    }

    static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var field in type.GetFields(all)) yield return field.FieldType;
        foreach (var property in type.GetProperties(all)) yield return property.PropertyType;
        foreach (var method in type.GetMethods(all))
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
        }
    }
}
