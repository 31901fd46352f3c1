using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Eds.Cli;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.UnitTests.Eds;

public sealed class EdsSignCommandTests(TestPki pki) : IClassFixture<TestPki>
{
    static int Run(params string[] args) => (int)typeof(SignOptions).Assembly.EntryPoint!.Invoke(null, [args])!;

    [Fact]
    public async Task The_command_signs_a_json_file_with_a_pkcs12_key_and_the_signature_verifies()
    {
        var folder = Directory.CreateTempSubdirectory("eds-sign-").FullName;
        using var key = pki.IssueKey(EdsPurpose.Signing, at: DateTimeOffset.UtcNow.AddDays(-1));
        File.WriteAllBytes(Path.Combine(folder, "key.p12"), key.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, "file-key-password"));
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{"iin":"791028302728","passportExpiresOn":"2033-05-01"}""");

        var exit = Run("--key", Path.Combine(folder, "key.p12"), "--password", "file-key-password",
            "--in", Path.Combine(folder, "manifest.json"), "--out", Path.Combine(folder, "manifest.p7s"), "--detached");

        Assert.Equal(0, exit);
        var verifier = new SignatureVerifier(pki.National.Trust, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var result = await verifier.VerifyAsync(File.ReadAllBytes(Path.Combine(folder, "manifest.p7s")), File.ReadAllBytes(Path.Combine(folder, "manifest.json")),
            EdsPurpose.Signing, TestPki.ApplicantIin, (_, _) => Task.FromResult<RevokedCertificate?>(null), CancellationToken.None);
        Assert.True(result.Valid, string.Join("; ", result.Failures));
    }

    [Fact]
    public void A_wrong_password_or_missing_arguments_fail_with_an_exit_code()
    {
        var folder = Directory.CreateTempSubdirectory("eds-sign-").FullName;
        using var key = pki.IssueKey(EdsPurpose.Signing);
        File.WriteAllBytes(Path.Combine(folder, "key.p12"), key.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, "right"));
        File.WriteAllText(Path.Combine(folder, "doc.txt"), "text");

        Assert.Equal(1, Run("--key", Path.Combine(folder, "key.p12"), "--password", "wrong", "--in", Path.Combine(folder, "doc.txt")));
        Assert.Equal(2, Run("--key", Path.Combine(folder, "key.p12")));
    }
}
