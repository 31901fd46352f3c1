using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// An agency that runs one of the services: its BIN (registered with the national CA), its name, and
/// the employee who administers its staff register at first start. Development defaults; a deployment
/// passes its own (<c>Agencies:&lt;resource&gt;:Bin</c>, <c>…:Name</c>, <c>…:Administrator:Iin|Surname|GivenName</c>).
/// </summary>
public sealed record Agency(string Resource, string Bin, string Name, string AdministratorIin, string AdministratorSurname, string AdministratorGivenName)
{
    static readonly Agency[] Defaults =
    [
        new("identity", "990640000015", "National Information Technologies JSC", "840315300017", "Seitkali", "Aidos"),
        new("hubintake", "180540000012", "Astana Hub International Technology Park", "791122400015", "Zhaksylykova", "Aigerim"),
        new("approval", "010140000014", "Migration Service Committee of the Ministry of Internal Affairs", "880730300010", "Omarov", "Nurlan"),
        new("arrival", "070340000012", "Migration Police Department of Astana", "910214400021", "Bekova", "Dinara"),
        new("pscissuance", "160240000018", "State Corporation Government for Citizens", "850621300012", "Tulegenov", "Yerlan"),
        new("feed", "190340000017", "Ministry of Digital Development, Innovations and Aerospace Industry", "870915300014", "Sadykov", "Marat"),
        new("notifications", "990641000010", "National Information Technologies JSC, e-Government notification centre", "900512400018", "Abenova", "Saule"),
    ];

    public static IReadOnlyList<Agency> All(IConfiguration configuration) => Defaults.Select(a =>
    {
        var section = configuration.GetSection($"Agencies:{a.Resource}");
        return new Agency(a.Resource,
            section["Bin"] ?? (a.Resource == "hubintake" ? configuration["Hub:Bin"] : null) ?? a.Bin,
            section["Name"] ?? a.Name,
            section["Administrator:Iin"] ?? a.AdministratorIin,
            section["Administrator:Surname"] ?? a.AdministratorSurname,
            section["Administrator:GivenName"] ?? a.AdministratorGivenName);
    }).ToList();
}
