using Microsoft.AspNetCore.Authorization;

namespace NomadPlatform.Infrastructure.Security;

/// <summary>
/// Who may pass: a person (the owner of the route's <c>{iin}</c> or <c>{caseId}</c>, when it names one),
/// and/or an employee of this agency holding one of <see cref="OfficerRoles"/>.
/// </summary>
public sealed record AccessRequirement(bool Person, IReadOnlyList<string> OfficerRoles) : IAuthorizationRequirement;

/// <summary>Why a person was refused on a route naming another person's data: answered 404, so as not to confirm that it exists.</summary>
public sealed class NotTheirs(IAuthorizationHandler handler) : AuthorizationFailureReason(handler, "The route names another person's data.");
