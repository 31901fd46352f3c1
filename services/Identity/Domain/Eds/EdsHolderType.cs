namespace NomadPlatform.Identity.Domain.Eds;

/// <summary>Whom a certificate names: a person (SERIALNUMBER=IIN…) or an organisation (OU=BIN…).</summary>
public enum EdsHolderType
{
    Individual,
    LegalEntity,
}
