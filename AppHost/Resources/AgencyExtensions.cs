namespace NomadPlatform.AppHost.Resources;

public static class AgencyExtensions
{
    /// <summary>Which agency runs the service, who administers its staff register first, and where tokens come from.</summary>
    public static IResourceBuilder<ProjectResource> WithAgency(
        this IResourceBuilder<ProjectResource> service, Agency agency, IResourceBuilder<ProjectResource> identity) => service
        .WithEnvironment("Agency__Bin", agency.Bin)
        .WithEnvironment("Agency__Administrators__0", agency.AdministratorIin)
        .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"));

    /// <summary>Registers every agency with the national CA, with the administrator who may request its staff's certificates.</summary>
    public static IResourceBuilder<ProjectResource> WithRegisteredOrganisations(this IResourceBuilder<ProjectResource> identity, IEnumerable<Agency> agencies)
    {
        foreach (var agency in agencies)
        {
            var key = $"Eds__Organisations__{agency.Bin}";
            identity.WithEnvironment($"{key}__Name", agency.Name)
                .WithEnvironment($"{key}__Administrators__0__Iin", agency.AdministratorIin)
                .WithEnvironment($"{key}__Administrators__0__Surname", agency.AdministratorSurname)
                .WithEnvironment($"{key}__Administrators__0__GivenName", agency.AdministratorGivenName);
        }
        return identity;
    }
}
