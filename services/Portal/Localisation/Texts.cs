namespace NomadPlatform.Portal.Localisation;

/// <summary>The portal's texts (<c>Resources/&lt;language&gt;.json</c>): inject <c>IStringLocalizer&lt;Texts&gt;</c>.</summary>
public sealed class Texts;
