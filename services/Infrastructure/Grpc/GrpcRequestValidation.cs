using System.Buffers.Binary;
using System.Collections.Concurrent;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NomadPlatform.Infrastructure.Grpc;

/// <summary>
/// A unary call whose body is not one well-formed gRPC frame holding a parsable request is answered
/// INVALID_ARGUMENT with the reason, before the gRPC server sees it: left to the server, a broken
/// frame answers INTERNAL and an unparsable message UNKNOWN with an error logged, as if the service
/// had failed rather than the caller.
/// </summary>
public sealed class GrpcRequestValidation(RequestDelegate next)
{
    const int MaximumBody = 32 * 1024 * 1024;
    static readonly ConcurrentDictionary<string, MessageParser?> Parsers = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>();
        if (method is null || method.Method.Type != MethodType.Unary || context.Request.Headers.ContainsKey("grpc-encoding")
            || Parsers.GetOrAdd(method.Method.FullName, _ => ParserOf(method)) is not { } parser)
        {
            await next(context);
            return;
        }

        // Read once; the gRPC server then reads the same bytes from memory.
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length <= MaximumBody && Problem(body.GetBuffer().AsSpan(0, (int)body.Length), parser) is { } problem)
        {
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = ((int)StatusCode.InvalidArgument).ToString();
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(problem);
            return;
        }
        body.Position = 0;
        context.Request.Body = body;
        await next(context);
    }

    static string? Problem(ReadOnlySpan<byte> body, MessageParser parser)
    {
        if (body.Length < 5) return "The request is not a gRPC message frame (fewer than 5 bytes).";
        if (body[0] != 0) return "The request frame is marked compressed without a grpc-encoding.";
        var length = BinaryPrimitives.ReadUInt32BigEndian(body[1..]);
        if (length != body.Length - 5) return $"The request frame declares {length} bytes but carries {body.Length - 5}.";
        try
        {
            parser.ParseFrom(body[5..]);
            return null;
        }
        catch (InvalidProtocolBufferException exception)
        {
            return $"The request message cannot be read: {exception.Message}";
        }
    }

    /// <summary>The request message's parser, from the generated service class the implementation derives from.</summary>
    static MessageParser? ParserOf(GrpcMethodMetadata method)
    {
        for (var type = method.ServiceType; type is not null; type = type.BaseType)
            if (type.DeclaringType?.GetProperty("Descriptor")?.GetValue(null) is ServiceDescriptor service)
                return service.FindMethodByName(method.Method.Name)?.InputType.Parser;
        return null;
    }
}

public static class GrpcRequestValidationExtensions
{
    public static IApplicationBuilder UseGrpcRequestValidation(this IApplicationBuilder app) => app.UseMiddleware<GrpcRequestValidation>();
}
