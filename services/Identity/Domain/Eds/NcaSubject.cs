using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// NCA subjects: an individual <c>CN=SURNAME GIVEN, SURNAME=…, SERIALNUMBER=IIN…, C=KZ, G=…</c>; an
/// organisation's system (seal) certificate <c>CN=…, O=…, OU=BIN…, C=KZ</c>.
/// </summary>
public static class NcaSubject
{
    public static X500DistinguishedName ForIndividual(Iin iin, string surname, string givenName) => Individual(iin, surname, givenName).Build();

    static X500DistinguishedNameBuilder Individual(Iin iin, string surname, string givenName)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName($"{surname} {givenName}".ToUpperInvariant());
        name.Add(NcaOids.SurnameAttribute, surname.ToUpperInvariant());
        name.Add(NcaOids.SerialNumberAttribute, $"IIN{iin.Value}", System.Formats.Asn1.UniversalTagNumber.PrintableString);
        name.AddCountryOrRegion("KZ");
        name.Add(NcaOids.GivenNameAttribute, givenName.ToUpperInvariant());
        return name;
    }

    /// <summary>A person acting as an organisation's employee: the individual's attributes plus O= and OU=BIN….</summary>
    public static X500DistinguishedName ForEmployee(Iin iin, string surname, string givenName, Bin bin, string organisationName)
    {
        var name = Individual(iin, surname, givenName);
        name.AddOrganizationName(organisationName);
        name.AddOrganizationalUnitName($"BIN{bin.Value}");
        return name.Build();
    }

    public static X500DistinguishedName ForOrganisation(Bin bin, string organisationName, string commonName)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(commonName);
        name.AddOrganizationName(organisationName);
        name.AddOrganizationalUnitName($"BIN{bin.Value}");
        name.AddCountryOrRegion("KZ");
        return name.Build();
    }

    /// <summary>The 12 characters after <c>IIN</c> in the SERIALNUMBER attribute, as written (they may not be a valid IIN).</summary>
    public static string? IinOf(X509Certificate2 certificate) => Prefixed(certificate, NcaOids.SerialNumberAttribute, "IIN");

    /// <summary>The 12 characters after <c>BIN</c> in the OU attribute, as written.</summary>
    public static string? BinOf(X509Certificate2 certificate) => Prefixed(certificate, NcaOids.OrganisationalUnitAttribute, "BIN");

    public static string? OrganisationOf(X509Certificate2 certificate) => certificate.SubjectName.EnumerateRelativeDistinguishedNames()
        .Where(rdn => rdn.GetSingleElementType().Value == "2.5.4.10").Select(rdn => rdn.GetSingleElementValue()).FirstOrDefault();

    static string? Prefixed(X509Certificate2 certificate, string attribute, string prefix)
    {
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.GetSingleElementType().Value == attribute
                && rdn.GetSingleElementValue() is { } value
                && value.StartsWith(prefix, StringComparison.Ordinal))
                return value[prefix.Length..];
        }
        return null;
    }
}
