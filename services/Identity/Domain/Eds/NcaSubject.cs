using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>The NCA subject of an individual: <c>CN=SURNAME GIVEN, SURNAME=…, SERIALNUMBER=IIN…, C=KZ, G=…</c>.</summary>
public static class NcaSubject
{
    public static X500DistinguishedName ForIndividual(Iin iin, string surname, string givenName)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName($"{surname} {givenName}".ToUpperInvariant());
        name.Add(NcaOids.SurnameAttribute, surname.ToUpperInvariant());
        name.Add(NcaOids.SerialNumberAttribute, $"IIN{iin.Value}", System.Formats.Asn1.UniversalTagNumber.PrintableString);
        name.AddCountryOrRegion("KZ");
        name.Add(NcaOids.GivenNameAttribute, givenName.ToUpperInvariant());
        return name.Build();
    }

    /// <summary>The 12 characters after <c>IIN</c> in the SERIALNUMBER attribute, as written (they may not be a valid IIN).</summary>
    public static string? IinOf(X509Certificate2 certificate)
    {
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.GetSingleElementType().Value == NcaOids.SerialNumberAttribute
                && rdn.GetSingleElementValue() is { } value
                && value.StartsWith("IIN", StringComparison.Ordinal))
                return value[3..];
        }
        return null;
    }
}
