using Google.Protobuf.Reflection;

namespace NomadPlatform.Infrastructure.Grpc.Rights;

/// <summary>
/// Which agencies may call which method of a service (X-Road's access rights): every method the
/// service maps has a row; a method with no row answers no one.
/// </summary>
public sealed class GrpcRights
{
    readonly Dictionary<string, MethodRight> _rows = new(StringComparer.Ordinal);

    public IReadOnlyCollection<MethodRight> Rows => _rows.Values;

    /// <summary>Only the named agencies' systems (by the names in <see cref="KnownAgencies"/>).</summary>
    public GrpcRights Allow(ServiceDescriptor service, string method, params string[] agencies) =>
        Add(service, method, new MethodRight(FullName(service, method), agencies, AnySystem: false, OpenBecause: null));

    /// <summary>Any enrolled system, for what concerns only itself (the method scopes the answer to the caller's BIN).</summary>
    public GrpcRights AllowAnySystem(ServiceDescriptor service, string method) =>
        Add(service, method, new MethodRight(FullName(service, method), [], AnySystem: true, OpenBecause: null));

    /// <summary>Anyone who reaches the port: only where the request itself carries the proof, said in <paramref name="because"/>.</summary>
    public GrpcRights Open(ServiceDescriptor service, string method, string because) =>
        Add(service, method, new MethodRight(FullName(service, method), [], AnySystem: false, OpenBecause: because));

    public MethodRight? For(string fullName) => _rows.GetValueOrDefault(fullName);

    GrpcRights Add(ServiceDescriptor service, string method, MethodRight right)
    {
        if (service.FindMethodByName(method) is null)
            throw new ArgumentException($"{service.FullName} has no method {method}.", nameof(method));
        _rows.Add(right.Method, right);
        return this;
    }

    static string FullName(ServiceDescriptor service, string method) => $"/{service.FullName}/{method}";
}

/// <summary>One row: the method (<c>/package.Service/Method</c>) and who may call it.</summary>
public sealed record MethodRight(string Method, IReadOnlyList<string> Agencies, bool AnySystem, string? OpenBecause)
{
    public string Who => OpenBecause is not null ? $"anyone ({OpenBecause})"
        : AnySystem ? "any enrolled system, for itself"
        : string.Join(", ", Agencies);
}
