namespace NomadPlatform.Approval.Domain.FamilyVisas;

public enum FamilyRelationship
{
    Spouse,
    Child,
}
