using System.Reflection;
using Google.Protobuf.Reflection;
using Grpc.Core;
using NomadPlatform.Infrastructure.Grpc.Rights;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.UnitTests.Grpc;

/// <summary>Every gRPC method a service implements has a row in that service's table of rights, naming only real agencies.</summary>
public sealed class GrpcRightsTableTests
{
    public static TheoryData<string> Services => new() { "identity", "hubintake", "approval", "arrival" };

    static (Assembly Assembly, GrpcRights Rights) Of(string service) => service switch
    {
        "identity" => (typeof(Identity.Grpc.IdentityGrpcRights).Assembly, Identity.Grpc.IdentityGrpcRights.Table()),
        "hubintake" => (typeof(HubIntake.Grpc.HubGrpcRights).Assembly, HubIntake.Grpc.HubGrpcRights.Table()),
        "approval" => (typeof(Approval.Grpc.ApprovalGrpcRights).Assembly, Approval.Grpc.ApprovalGrpcRights.Table()),
        "arrival" => (typeof(Arrival.Grpc.ArrivalGrpcRights).Assembly, Arrival.Grpc.ArrivalGrpcRights.Table()),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_implemented_method_has_a_row_and_every_row_names_known_agencies(string service)
    {
        var (assembly, rights) = Of(service);
        var implemented = assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType?.GetCustomAttribute<BindServiceMethodAttribute>() is not null)
            .Select(t => (ServiceDescriptor)t.BaseType!.DeclaringType!.GetProperty("Descriptor")!.GetValue(null)!)
            .SelectMany(d => d.Methods.Select(m => $"/{d.FullName}/{m.Name}"))
            .ToList();

        Assert.NotEmpty(implemented);
        Assert.All(implemented, method => Assert.NotNull(rights.For(method)));
        Assert.All(rights.Rows, row => Assert.Contains(row.Method, implemented));
        Assert.All(rights.Rows.SelectMany(r => r.Agencies), agency => Assert.Contains(agency, SystemClaims.Services));
        Assert.All(rights.Rows.Where(r => r.OpenBecause is null && !r.AnySystem), row => Assert.NotEmpty(row.Agencies));
    }

    [Fact]
    public void A_row_for_a_method_the_service_does_not_have_is_refused()
    {
        var table = new GrpcRights();

        var refused = Assert.Throws<ArgumentException>(() => table.Allow(Contracts.Grpc.Identity.V1.SignatureVerification.Descriptor, "Forge", "hubintake"));

        Assert.Contains("has no method Forge", refused.Message);
    }
}
