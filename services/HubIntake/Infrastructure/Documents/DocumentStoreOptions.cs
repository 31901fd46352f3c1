namespace NomadPlatform.HubIntake.Infrastructure.Documents;

public sealed class DocumentStoreOptions
{
    /// <summary>Where uploaded documents are kept (<c>Documents:Path</c>; the AppHost puts it under its data folder).</summary>
    public string Path { get; set; } = "documents";
}
