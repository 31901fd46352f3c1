namespace NomadPlatform.Contracts;

/// <summary>
/// A field that says something about a person (the applicant, a family member, an officer): the partner
/// feed serves it only to a partner granted that field by name, and audits read it as personal data.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;
