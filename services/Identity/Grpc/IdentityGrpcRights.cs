using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Infrastructure.Grpc.Rights;

namespace NomadPlatform.Identity.Grpc;

/// <summary>Who may call Identity's gRPC methods (the README's table of rights lists every service's).</summary>
public static class IdentityGrpcRights
{
    public const string Service = "identity";

    public static GrpcRights Table() => new GrpcRights()
        .Allow(IinRegistry.Descriptor, nameof(IinRegistry.IinRegistryBase.LookupIin), "hubintake")
        .Allow(SignatureVerification.Descriptor, nameof(SignatureVerification.SignatureVerificationBase.Verify), "hubintake", "approval")
        .Open(OrganisationCertificates.Descriptor, nameof(OrganisationCertificates.OrganisationCertificatesBase.Enrol), "the one-time enrolment code in the request is the proof")
        .AllowAnySystem(OrganisationCertificates.Descriptor, nameof(OrganisationCertificates.OrganisationCertificatesBase.Issue));
}
