using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Portal.Agencies;
using NomadPlatform.Portal.Consoles;
using NomadPlatform.PscIssuance.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace NomadPlatform.UnitTests.Portal;

/// <summary>The consoles name what the agencies take by the agencies' own names, and carry the ten-print as the capture station gave it.</summary>
public sealed class ArrivalConsoleFormsTests
{
    [Fact]
    public void The_portal_names_the_fingers_missing_reasons_and_PSC_documents_as_the_agencies_do()
    {
        Assert.Equal(Enum.GetNames<FingerPosition>(), TenPrintForm.Positions);
        Assert.Equal(Enum.GetNames<MissingFingerReason>(), TenPrintForm.MissingReasons);
        Assert.Equal(Enum.GetNames<PscDocument>(), PscClient.Documents);
    }

    [Fact]
    public async Task A_ten_print_form_carries_each_template_file_and_each_declared_missing_finger()
    {
        var files = new FormFileCollection
        {
            File("template-RightThumb", [1, 2, 3]),
            File("template-LeftLittle", [9, 8]),
            File("template-LeftRing", []),
        };
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["missing-RightIndex"] = "Amputated",
            ["missing-LeftRing"] = "UnableToPrint",
            ["missing-RightMiddle"] = "",
            ["missing-RightRing"] = "Lost",
        }, files);

        var capture = await TenPrintForm.ReadAsync(form, CancellationToken.None);

        Assert.Equal([new("RightThumb", Convert.ToBase64String([1, 2, 3])), new("LeftLittle", Convert.ToBase64String([9, 8]))], capture.Fingers);
        Assert.Equal([new("RightIndex", "Amputated"), new("LeftRing", "UnableToPrint")], capture.Missing);
    }

    static FormFile File(string name, byte[] content) => new(new MemoryStream(content), 0, content.Length, name, name + ".iso");
}
