using Google.Protobuf;
using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Identity.Features.EnrolOrganisation;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Grpc;

public sealed class OrganisationCertificatesService(EnrolOrganisationHandler handler) : OrganisationCertificates.OrganisationCertificatesBase
{
    public override async Task<EnrolReply> Enrol(EnrolRequest request, ServerCallContext context)
    {
        if (!Bin.TryParse(request.Bin, out var bin, out var reason)) throw Invalid($"bin: {reason}");
        if (request.Csr.IsEmpty || request.Csr.Length > 16 * 1024) throw Invalid("csr: a DER PKCS#10 request of at most 16 KiB.");
        if (string.IsNullOrWhiteSpace(request.CommonName) || request.CommonName.Length > EnrolOrganisationHandler.MaxCommonNameLength)
            throw Invalid($"common_name: the system's name, at most {EnrolOrganisationHandler.MaxCommonNameLength} characters.");
        try
        {
            using var certificate = await handler.HandleAsync(bin, request.Csr.ToByteArray(), request.EnrolmentCode, request.CommonName.Trim(), context.CancellationToken);
            return new EnrolReply
            {
                Certificate = ByteString.CopyFrom(certificate.RawData),
                SerialNumber = certificate.SerialNumber,
                NotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime()).ToString("O"),
            };
        }
        catch (EnrolmentRefused refused)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, refused.Message));
        }
        catch (InvalidField invalid)
        {
            throw Invalid($"{invalid.Field}: {invalid.Reason}");
        }
    }

    static RpcException Invalid(string reason) => new(new Status(StatusCode.InvalidArgument, reason));
}
