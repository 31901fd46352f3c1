using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.UnitTests.Telemetry;

public sealed class PersonalDataTelemetryTests
{
    [Theory]
    [InlineData("/api/persons/940726400019/accesses", "/api/persons/{iin}/accesses")]
    [InlineData("http://identity/api/persons/940726400019?x=870816371471", "http://identity/api/persons/{iin}?x={iin}")]
    [InlineData("/api/cases/0f8fad5b-d9cb-469f-a165-708677289501", "/api/cases/0f8fad5b-d9cb-469f-a165-708677289501")] // a case id's last group
    [InlineData("/api/numbers/1234567890123", "/api/numbers/1234567890123")] // 13 digits: no IIN
    public void A_url_loses_its_iins_and_keeps_the_rest(string url, string exported) =>
        Assert.Equal(exported, PersonalDataSpanProcessor.Redact(url));

    [Fact]
    public void A_span_ending_with_an_iin_in_its_url_is_exported_without_it()
    {
        using var span = new Activity("GET").SetTag("url.path", "/api/persons/940726400019/accesses").SetTag("url.full", "http://x/api/persons/940726400019").Start();
        span.Stop();
        new PersonalDataSpanProcessor().OnEnd(span);

        Assert.Equal("/api/persons/{iin}/accesses", span.GetTagItem("url.path"));
        Assert.Equal("http://x/api/persons/{iin}", span.GetTagItem("url.full"));
    }

    [Fact]
    public void The_iin_hash_is_keyed_the_same_for_every_agency_and_differs_by_key()
    {
        PersonTelemetry With(string key) => new(new ConfigurationBuilder().AddInMemoryCollection([new("Telemetry:IinHashKey", key)]).Build());

        Assert.Equal(With("one").HashOf("940726400019"), With("one").HashOf("940726400019"));
        Assert.NotEqual(With("one").HashOf("940726400019"), With("two").HashOf("940726400019"));
        Assert.NotEqual(With("one").HashOf("940726400019"), With("one").HashOf("870816371471"));
        Assert.Matches("^[0-9a-f]{16}$", With("one").HashOf("940726400019"));
    }

    [Fact]
    public void The_hash_marks_the_span_and_the_request_span_it_runs_in()
    {
        using var request = new Activity("POST /api/arrivals/{caseId}/entry").Start();
        using var step = new Activity("record entry").Start();
        var people = new PersonTelemetry(new ConfigurationBuilder().Build());

        people.Tag(step, "940726400019");

        Assert.Equal(people.HashOf("940726400019"), step.GetTagItem(PersonTelemetry.IinHashTag));
        Assert.Equal(people.HashOf("940726400019"), request.GetTagItem(PersonTelemetry.IinHashTag));
    }
}
