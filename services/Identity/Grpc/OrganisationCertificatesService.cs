using System.Security.Cryptography.X509Certificates;
using Google.Protobuf;
using Grpc.Core;
using NomadPlatform.Contracts.Grpc.Identity.V1;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.EnrolSystem;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Grpc.Rights;

namespace NomadPlatform.Identity.Grpc;

public sealed class OrganisationCertificatesService(SystemCertificatesHandler handler) : OrganisationCertificates.OrganisationCertificatesBase
{
    public override async Task<EnrolReply> Enrol(EnrolRequest request, ServerCallContext context)
    {
        if (!Bin.TryParse(request.Bin, out var bin, out var reason)) throw Invalid($"bin: {reason}");
        CheckCsr(request.Csr, request.CommonName);
        return await AnswerAsync(() => handler.EnrolAsync(bin, request.Csr.ToByteArray(), request.EnrolmentCode, request.CommonName.Trim(), context.CancellationToken));
    }

    public override async Task<EnrolReply> Issue(IssueRequest request, ServerCallContext context)
    {
        CheckCsr(request.Csr, request.CommonName);
        var purpose = request.Use switch
        {
            CertificateUse.System => EdsPurpose.Authentication,
            CertificateUse.Seal => EdsPurpose.Signing,
            _ => throw Invalid("use: SYSTEM (a new authentication certificate for the system) or SEAL (a signing certificate)."),
        };
        var caller = AgencyCaller.Of(context);
        return await AnswerAsync(() => handler.IssueAsync(Bin.Parse(caller.Bin), request.Csr.ToByteArray(), request.CommonName.Trim(), purpose, context.CancellationToken));
    }

    static void CheckCsr(ByteString csr, string commonName)
    {
        if (csr.IsEmpty || csr.Length > 16 * 1024) throw Invalid("csr: a DER PKCS#10 request of at most 16 KiB.");
        if (string.IsNullOrWhiteSpace(commonName) || commonName.Length > SystemCertificatesHandler.MaxCommonNameLength)
            throw Invalid($"common_name: the system's name, at most {SystemCertificatesHandler.MaxCommonNameLength} characters.");
    }

    static async Task<EnrolReply> AnswerAsync(Func<Task<X509Certificate2>> issue)
    {
        try
        {
            using var certificate = await issue();
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
