using System.Diagnostics;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.IntegrationTests.Audit;

/// <summary>The operator's <c>audit-verify</c> command, run as a process on a service's database.</summary>
static class AuditVerifyCommand
{
    public static async Task<(int Exit, string Output)> RunAsync(DatabaseProvider provider, string connection, params string[] more)
    {
        var command = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "audit-verify.dll"), "--provider", provider.ToString(), "--connection", connection, .. more];
        foreach (var argument in arguments)
            command.ArgumentList.Add(argument);
        using var process = Process.Start(command)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
