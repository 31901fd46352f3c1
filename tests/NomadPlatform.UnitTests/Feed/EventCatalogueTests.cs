using NomadPlatform.Contracts;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Contracts.Identity;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Feed.Features.Contract;
using NomadPlatform.Feed.Domain;

namespace NomadPlatform.UnitTests.Feed;

public sealed class EventCatalogueTests
{
    static readonly EventCatalogue Catalogue = EventCatalogue.FromContracts();

    [Fact]
    public void Every_case_event_of_the_contract_has_a_versioned_cloudevents_type_named_for_its_agency()
    {
        var caseEvents = typeof(ICaseEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(ICaseEvent).IsAssignableFrom(t)).ToList();

        Assert.Equal(caseEvents.Count, Catalogue.All.Count);
        Assert.Equal("kz.nomad.approval.preliminary-approval-granted.v1", Catalogue.Of(typeof(PreliminaryApprovalGranted)).Name);
        Assert.Equal("kz.nomad.psc-issuance.residence-permit-issued.v1", Catalogue.Of(typeof(ResidencePermitIssued)).Name);
        Assert.Equal("pscissuance", Catalogue.Of(typeof(ResidencePermitIssued)).Agency);
        Assert.DoesNotContain(Catalogue.All, t => t.ContractType == typeof(IinIssued)); // about a person, not a case
        Assert.All(Catalogue.All, t => Assert.Matches(@"^kz\.nomad\.[a-z-]+\.[a-z-]+\.v\d+$", t.Name));
    }

    [Fact]
    public void Fields_about_a_person_are_marked_as_personal_data()
    {
        var refused = Catalogue.Of(typeof(RpApplicationRefused)).Fields.ToDictionary(f => f.Name, f => f.PersonalData);
        var permit = Catalogue.Of(typeof(ResidencePermitIssued)).Fields.ToDictionary(f => f.Name, f => f.PersonalData);

        Assert.True(refused["iin"]);
        Assert.True(refused["grounds"]);
        Assert.True(refused["officerIin"]);
        Assert.False(refused["caseId"]);
        Assert.False(permit["validUntil"]);
        Assert.True(permit["iin"]);
    }

    [Fact]
    public void A_types_json_schema_describes_its_fields_and_requires_none()
    {
        var schema = EventSchemas.DocumentOf(Catalogue.Of(typeof(ResidencePermitIssued)));

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.False(schema.ContainsKey("required"));
        Assert.True(schema["properties"]!.AsObject().ContainsKey("validUntil"));
    }
}
