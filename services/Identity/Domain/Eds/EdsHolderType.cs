namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>
/// Whom a certificate names: a person (SERIALNUMBER=IIN…), an organisation's system (OU=BIN…), or a
/// person employed by an organisation (both; holder type 1.2.398.3.3.4.1.2.5).
/// </summary>
public enum EdsHolderType
{
    Individual,
    LegalEntity,
    Employee,
}
