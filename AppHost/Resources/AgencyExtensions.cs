namespace NomadPlatform.AppHost.Resources;

public static class AgencyExtensions
{
    /// <summary>
    /// Which agency runs the service, who administers its staff register first, where tokens come from,
    /// and the BIN of every agency (gRPC rights name agencies; callers prove a BIN).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithAgency(this IResourceBuilder<ProjectResource> service,
        Agency agency, IResourceBuilder<ProjectResource> identity, IEnumerable<Agency> agencies)
    {
        service.WithEnvironment("Agency__Bin", agency.Bin)
            .WithEnvironment("Agency__Administrators__0", agency.AdministratorIin)
            .WithEnvironment("Identity__Authority", identity.GetEndpoint("http"));
        return service.WithAgencyDirectory(agencies);
    }

    /// <summary>The BIN of every agency, by its service's name (<c>Agencies:&lt;service&gt;:Bin</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithAgencyDirectory(this IResourceBuilder<ProjectResource> service, IEnumerable<Agency> agencies)
    {
        foreach (var known in agencies) service.WithEnvironment($"Agencies__{known.Resource}__Bin", known.Bin);
        return service;
    }

    /// <summary>The one-time code an agency's system enrols with (the CA holds the same), generated once and kept.</summary>
    public static string EnrolmentCode(this IDistributedApplicationBuilder builder, Agency agency) =>
        builder.PersistentSecretValue($"{agency.Resource}-enrolment-code");

    /// <summary>The password of the agency's broker account, generated once and kept.</summary>
    public static string BrokerPassword(this IDistributedApplicationBuilder builder, Agency agency) =>
        builder.PersistentSecretValue($"broker-{agency.Resource}-password");

    /// <summary>
    /// The agency's service's secrets: its system's enrolment code and key passphrase, its broker password,
    /// the passphrase its seal's key is kept under.
    /// </summary>
    public static Dictionary<string, string> AgencySecrets(this IDistributedApplicationBuilder builder, Agency agency) => new()
    {
        ["System:EnrolmentCode"] = builder.EnrolmentCode(agency),
        ["System:KeyPassphrase"] = builder.PersistentSecretValue($"{agency.Resource}-system-key-passphrase"),
        ["Messaging:Password"] = builder.BrokerPassword(agency),
        ["Telemetry:IinHashKey"] = builder.TelemetryIinHashKey(),
        ["Seal:KeyPassphrase"] = builder.SealPassphrase(agency),
    };

    /// <summary>The passphrase of the agency's seal key (the Hub's keeps the name it had when the Hub alone had a seal).</summary>
    public static string SealPassphrase(this IDistributedApplicationBuilder builder, Agency agency) =>
        builder.PersistentSecretValue(agency.Resource == "hubintake" ? "hub-seal-passphrase" : $"{agency.Resource}-seal-passphrase");

    /// <summary>One key for every agency: the same person hashes alike in each agency's spans.</summary>
    public static string TelemetryIinHashKey(this IDistributedApplicationBuilder builder) => builder.PersistentSecretValue("telemetry-iin-hash-key");

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

    /// <summary>Registers partner organisations with the national CA (no administrators: a partner's staff never sign in here).</summary>
    public static IResourceBuilder<ProjectResource> WithRegisteredPartners(this IResourceBuilder<ProjectResource> identity, IEnumerable<Partner> partners)
    {
        foreach (var partner in partners)
            identity.WithEnvironment($"Eds__Organisations__{partner.Bin}__Name", partner.Name);
        return identity;
    }
}
