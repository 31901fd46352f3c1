using NomadPlatform.Portal.Agencies;

namespace NomadPlatform.Portal.Consoles;

/// <summary>
/// The biometrics officer's ten-print form: for each finger, the capture station's ISO/IEC 19794-2
/// template file (<c>template-RightThumb</c>…), or why there is none (<c>missing-RightThumb</c>).
/// Arrival checks the templates; the portal only carries them.
/// </summary>
public static class TenPrintForm
{
    public static readonly string[] Positions =
        ["RightThumb", "RightIndex", "RightMiddle", "RightRing", "RightLittle", "LeftThumb", "LeftIndex", "LeftMiddle", "LeftRing", "LeftLittle"];

    public static readonly string[] MissingReasons = ["Amputated", "UnableToPrint"];

    /// <summary>Larger than any template Arrival accepts, so an oversized file still reaches it whole enough to be refused by name.</summary>
    const int ReadLimit = 8 * 1024 + 1;

    public static async Task<TenPrintCapture> ReadAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var printed = new List<TenPrintCapture.Printed>();
        var missing = new List<MissingFinger>();
        foreach (var position in Positions)
        {
            if (form.Files.GetFile($"template-{position}") is { Length: > 0 } file)
                printed.Add(new TenPrintCapture.Printed(position, Convert.ToBase64String(await ReadAsync(file, cancellationToken))));
            else if (form[$"missing-{position}"].ToString() is var reason && MissingReasons.Contains(reason))
                missing.Add(new MissingFinger(position, reason));
        }
        return new TenPrintCapture(printed, missing);
    }

    static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var buffer = new byte[Math.Min(file.Length, ReadLimit)];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }
}
