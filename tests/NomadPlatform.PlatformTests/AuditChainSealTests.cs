using System.Diagnostics;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Every agency seals its own audit chain with its own seal from the national CA — Identity, the CA
/// itself, with a seal it certified like any other's — and the operator's <c>audit-verify</c> command,
/// given the CA's published certificates, finds each chain and its seals whole.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditChainSealTests(PlatformFixture platform)
{
    [Fact]
    public async Task After_a_case_every_agencys_chain_is_sealed_by_its_ca_certified_seal_and_verifies_whole()
    {
        using var journey = new CaseJourney(platform);
        await journey.RunToPermitAsync($"S{Guid.NewGuid():N}"[..9], platform.Today.AddYears(6), "Astana, Seal Street 3");

        var ca = Directory.CreateTempSubdirectory("nomad-ca-").FullName;
        using var identity = platform.Client("identity");
        foreach (var name in new[] { "root.crt", "issuing.crt" })
            await File.WriteAllBytesAsync(Path.Combine(ca, name), await identity.GetByteArrayAsync($"/pki/{name}"));

        var failures = new List<string>();
        foreach (var service in LocalPlatform.Services)
        {
            var database = Path.Combine(platform.DataDirectory, "sqlite", $"{service}db.db");
            // The case's last entries are sealed within a round or two of the (test's three-second) interval.
            var (exit, output) = (-1, "");
            for (var attempt = 0; attempt < 40; attempt++)
            {
                (exit, output) = await VerifyAsync(database, Path.Combine(ca, "root.crt"), Path.Combine(ca, "issuing.crt"));
                if (exit != 0 || output.Contains("seals hold", StringComparison.Ordinal)) break;
                await Task.Delay(500);
            }
            if (exit != 0 || !output.Contains("seals hold", StringComparison.Ordinal) || !output.Contains("certified by the given CA", StringComparison.Ordinal))
                failures.Add($"{service}: exit {exit}: {output.Trim()}");
        }
        Directory.Delete(ca, recursive: true);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    static async Task<(int Exit, string Output)> VerifyAsync(string database, params string[] authorities)
    {
        var command = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "audit-verify.dll"), "--provider", "Sqlite", "--connection", $"Data Source={database};Mode=ReadOnly" })
            command.ArgumentList.Add(argument);
        foreach (var authority in authorities)
        {
            command.ArgumentList.Add("--ca");
            command.ArgumentList.Add(authority);
        }
        using var process = Process.Start(command)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
