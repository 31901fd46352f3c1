namespace NomadPlatform.HubIntake.Infrastructure.Documents;

/// <summary>What one applicant may keep in the document store (<c>Documents:Uploads</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>Seven kinds, dual citizens' extra clearances, corrections and replacements fit well inside.</summary>
    public int MaxFilesPerApplicant { get; set; } = 40;

    public long MaxBytesPerApplicant { get; set; } = 200L * 1024 * 1024;

    /// <summary>An upload no submitted manifest names is removed this long after it was uploaded.</summary>
    public TimeSpan UnsubmittedRetention { get; set; } = TimeSpan.FromDays(30);
}
