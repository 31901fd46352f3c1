using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Http;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.HubIntake.Features.SubmitApplication;

/// <summary>A submission as it arrived: the manifest bytes and the signature over them.</summary>
public sealed record SignedSubmission(ApplicationManifest Manifest, byte[] ManifestBytes, byte[] Signature)
{
    public static SignedSubmission? TryRead(SubmitApplicationRequest request, Dictionary<string, string[]> errors)
    {
        var manifestBytes = Base64Field.Read(request.Manifest, "manifest", ApplicationManifest.MaxBytes, errors);
        var signature = Base64Field.Read(request.Signature, "signature", 1024 * 1024, errors);
        if (manifestBytes is null || signature is null) return null;
        return ApplicationManifest.TryRead(manifestBytes, errors) is { } manifest ? new SignedSubmission(manifest, manifestBytes, signature) : null;
    }

    /// <summary>A person submits only their own application: the manifest's IIN (the signer's, as Identity checks) must be the signed-in person's.</summary>
    public static void EnsureTheSigner(SignedSubmission submission, Actor actor)
    {
        if (!actor.Is(submission.Manifest.Iin.Value))
            throw new NotAllowed("hub.not-your-application", $"The manifest names another IIN: a person submits only their own application, signed with their own key.");
    }
}
