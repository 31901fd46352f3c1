using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.OpenApi;

namespace NomadPlatform.ServiceDefaults;

/// <summary>
/// Says in each service's OpenAPI document how to sign in (Identity's discovery document, bearer
/// tokens) and, per operation, who may call it: <c>x-access</c> is <c>anonymous</c> or the policy's
/// name. An operation without <c>x-access</c> declared nothing; the authorization matrix test fails on it.
/// </summary>
public static class AccessOpenApi
{
    public const string Extension = "x-access";
    public const string Anonymous = "anonymous";
    const string Scheme = "eds-sign-in";

    public static void Configure(OpenApiOptions options, IConfiguration configuration)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            var authority = configuration["Identity:Authority"]?.TrimEnd('/');
            document.Components.SecuritySchemes[Scheme] = authority is null
                ? new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT" }
                : new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.OpenIdConnect,
                    OpenIdConnectUrl = new Uri($"{authority}/.well-known/openid-configuration"),
                    Description = "Sign in with an EDS authentication certificate: POST /connect/challenge, sign it (CMS), then the token endpoint's grant urn:nomad:params:oauth:grant-type:eds.",
                };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                Declare(operation, Anonymous);
                return Task.CompletedTask;
            }
            var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy ?? "signed-in").Distinct().ToList();
            if (policies.Count == 0) return Task.CompletedTask;
            Declare(operation, string.Join(" & ", policies));
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
            return Task.CompletedTask;
        });
    }

    static void Declare(OpenApiOperation operation, string access)
    {
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[Extension] = new JsonNodeExtension(JsonValue.Create(access));
    }
}
