using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>Object identifiers of the NCA RK certificate profile.</summary>
public static class NcaOids
{
    public const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";
    public const string EmailProtection = "1.3.6.1.5.5.7.3.4";
    public const string IndividualHolder = "1.2.398.3.3.4.1.1";
    public const string LegalEntityHolder = "1.2.398.3.3.4.1.2";
    /// <summary>Holder roles of a person acting for a legal entity: head, signing right, employee.</summary>
    public const string LegalEntityHead = "1.2.398.3.3.4.1.2.1";
    public const string LegalEntitySigningRight = "1.2.398.3.3.4.1.2.2";
    public const string LegalEntityEmployee = "1.2.398.3.3.4.1.2.5";
    public const string IndividualSigningPolicy = "1.2.398.3.3.2.3";
    public const string IndividualAuthenticationPolicy = "1.2.398.3.3.2.4";
    public const string LegalEntitySigningPolicy = "1.2.398.3.3.2.1";
    public const string LegalEntityAuthenticationPolicy = "1.2.398.3.3.2.2";
    public const string CertificatePolicies = "2.5.29.32";
    public const string SerialNumberAttribute = "2.5.4.5";
    public const string SurnameAttribute = "2.5.4.4";
    public const string GivenNameAttribute = "2.5.4.42";
    public const string OrganisationalUnitAttribute = "2.5.4.11";

    public static string PurposeUsage(EdsPurpose purpose) =>
        purpose == EdsPurpose.Signing ? EmailProtection : ClientAuthentication;

    public static string Policy(EdsPurpose purpose, EdsHolderType holder) => holder != EdsHolderType.Individual
        ? purpose == EdsPurpose.Signing ? LegalEntitySigningPolicy : LegalEntityAuthenticationPolicy
        : purpose == EdsPurpose.Signing ? IndividualSigningPolicy : IndividualAuthenticationPolicy;

    public static IEnumerable<string> Holder(EdsHolderType holder) => holder switch
    {
        EdsHolderType.LegalEntity => [LegalEntityHolder],
        EdsHolderType.Employee => [LegalEntityHolder, LegalEntityEmployee],
        _ => [IndividualHolder],
    };

    /// <summary>The certificate's holder type names a person acting for the organisation (head, signing right or employee).</summary>
    public static bool NamesEmployee(X509Certificate2 certificate) => certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>()
        .SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>())
        .Any(o => o.Value is LegalEntityHead or LegalEntitySigningRight or LegalEntityEmployee);
}
