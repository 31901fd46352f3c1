using Microsoft.AspNetCore.Authorization;

namespace NomadPlatform.Infrastructure.Security;

/// <summary>
/// Who may pass: a person (for the <c>{iin}</c> of the route, when it has one), and/or an employee of
/// this agency holding <see cref="OfficerRole"/>.
/// </summary>
public sealed record AccessRequirement(bool Person, string? OfficerRole) : IAuthorizationRequirement;

/// <summary>Why a person was refused on a route naming another IIN: answered 404, so as not to confirm that it exists.</summary>
public sealed class NotTheirs(IAuthorizationHandler handler) : AuthorizationFailureReason(handler, "The route names another person.");
