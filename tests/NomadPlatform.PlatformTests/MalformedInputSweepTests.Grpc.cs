using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace NomadPlatform.PlatformTests;

/// <summary>The sweep's gRPC probes: every method of every contract, called as the agency holding its right.</summary>
public sealed partial class MalformedInputSweepTests
{
    // ---- gRPC

    static IEnumerable<(string Service, string Method)> GrpcMethods()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "NomadPlatform.sln"))) root = root.Parent!;
        foreach (var proto in Directory.GetFiles(Path.Combine(root.FullName, "contracts", "Protos"), "*.proto", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(proto);
            var package = PackagePattern().Match(text).Groups[1].Value;
            var owner = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(proto)))!;
            foreach (Match service in ServicePattern().Matches(text))
            foreach (Match rpc in RpcPattern().Matches(service.Groups[2].Value))
                yield return (owner, $"{package}.{service.Groups[1].Value}/{rpc.Groups[1].Value}");
        }
    }

    static IEnumerable<(string What, byte[] Frame)> GrpcPayloads()
    {
        yield return ("empty message", Frame([]));
        yield return ("garbage message", Frame(Garbage(64)));
        yield return ("string fields of 100 KB", Frame([0x0A, .. Varint(100_000), .. Enumerable.Repeat((byte)'A', 100_000), 0x12, 0x01, (byte)'x']));
        yield return ("wrong wire types", Frame([0x08, 0x96, 0x01, 0x15, 1, 2, 3, 4, 0x19, 1, 2, 3, 4, 5, 6, 7, 8]));
        yield return ("unframed bytes", Garbage(3));
        yield return ("frame claiming 2 GB", [0, 0x7F, 0xFF, 0xFF, 0xFF, 1, 2, 3]);
        for (var round = 2; round <= Rounds; round++)
        {
            yield return ($"round {round}: random message", Frame(Garbage(Random.Next(1, 4096))));
            yield return ($"round {round}: random bytes", Garbage(Random.Next(1, 64)));
        }
    }

    static byte[] Frame(byte[] message)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    static byte[] Varint(int value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80) { bytes.Add((byte)(value | 0x80)); value >>= 7; }
        bytes.Add((byte)value);
        return [.. bytes];
    }

    /// <summary>The agency whose system may call <paramref name="method"/> (the README's table of gRPC rights).</summary>
    static string CallerOf(string method) => method.Split('/')[1] switch
    {
        "GetDecision" => "arrival",
        "GetEndorsement" => "approval",
        "GetArrival" => "pscissuance",
        _ => "hubintake", // LookupIin, Verify, CheckEligibility, Enrol (open), Issue (any system)
    };

    async Task<string> CallGrpcAsync(string service, string method, byte[] payload, string token)
    {
        using var http = new HttpClient { BaseAddress = platform.App.GetEndpoint(service, "grpc") };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{method}")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = Raw(payload, "application/grpc"),
        };
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
        }
        catch (HttpRequestException exception)
        {
            return $"unreadable ({exception.InnerException?.InnerException?.Message ?? exception.Message})";
        }
        using var _ = response;
        return response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.First()
            : response.Headers.TryGetValues("grpc-status", out var header) ? header.First() : "none";
    }


    [GeneratedRegex(@"package\s+([\w.]+);")]
    private static partial Regex PackagePattern();

    [GeneratedRegex(@"service\s+(\w+)\s*\{([^}]*)\}")]
    private static partial Regex ServicePattern();

    [GeneratedRegex(@"rpc\s+(\w+)\s*\(")]
    private static partial Regex RpcPattern();
}
