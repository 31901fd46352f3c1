using NomadPlatform.Infrastructure.Messaging;

namespace NomadPlatform.UnitTests.Messaging;

/// <summary>Whose broker account may publish each event: the agency its contract namespace names.</summary>
public sealed class PublisherCheckTests
{
    [Theory]
    [InlineData(typeof(Contracts.PscIssuance.ResidencePermitIssued), "pscissuance")]
    [InlineData(typeof(Contracts.HubIntake.EndorsementIssued), "hubintake")]
    [InlineData(typeof(Contracts.Approval.PreliminaryApprovalGranted), "approval")]
    public void An_agencys_event_belongs_to_the_account_named_by_its_namespace(Type eventType, string owner) =>
        Assert.Equal(owner, PublisherCheck<object>.OwnerOf(eventType));

    [Fact]
    public void A_type_outside_the_agencies_contracts_has_no_owner_to_check() =>
        Assert.Null(PublisherCheck<object>.OwnerOf(typeof(PublisherCheckTests)));

    [Fact]
    public void Every_contract_event_has_an_owner_among_the_platforms_services()
    {
        var events = typeof(Contracts.ICaseEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(Contracts.ICaseEvent).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(PublisherCheck<object>.OwnerOf(e), ServiceDefaults.SystemClaims.Services));
    }
}
