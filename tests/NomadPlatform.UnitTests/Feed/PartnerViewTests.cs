using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Feed.Domain;
using NomadPlatform.Feed.Features.Read;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.UnitTests.Feed;

public sealed class PartnerViewTests
{
    static readonly CaseEventType Permit = EventCatalogue.FromContracts().Of(typeof(ResidencePermitIssued));
    static readonly DateTimeOffset Now = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);

    static FeedEntry Entry() => FeedEntry.Record(Guid.CreateVersion7(Now), Permit, Guid.Parse("01a2135e-d4aa-7f21-a5ce-1e35993fa9be"), Now,
        JsonSerializer.Serialize(new ResidencePermitIssued
        {
            CaseId = Guid.Parse("01a2135e-d4aa-7f21-a5ce-1e35993fa9be"), Iin = "840315300017", PermitNumber = "RP-2026-000001",
            ValidFrom = new DateOnly(2026, 12, 4), ValidUntil = new DateOnly(2031, 5, 1), OccurredAt = Now, OfficerIin = "850621300012",
        }, JsonSerializerOptions.Web), Now);

    [Fact]
    public void A_grant_serves_the_case_and_its_time_and_only_the_fields_it_names()
    {
        var grant = PartnerGrant.Of("920140000103", Permit, ["validUntil"], "870915300014", Now);

        var data = DataView.Of(Entry().Data, grant.FieldSet);

        Assert.Equal(["caseId", "occurredAt", "validUntil"], data.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("870915300014", grant.GrantedBy);
    }

    [Fact]
    public void A_field_the_type_does_not_have_is_refused_naming_it()
    {
        var refused = Assert.Throws<InvalidField>(() => PartnerGrant.Of("920140000103", Permit, ["passportNumber"], "870915300014", Now));

        Assert.Equal("fields", refused.Field);
        Assert.Contains("passportNumber", refused.Reason.ToString());
    }

    [Fact]
    public void A_served_event_is_structured_cloudevents_json_and_its_detached_signature_fails_on_one_changed_byte()
    {
        var entry = Entry();
        var served = ServedEvent.Encode(entry, PartnerGrant.Of("920140000103", Permit, ["permitNumber"], "870915300014", Now).FieldSet,
            "160240000018", new Uri("https://feed.example/"));
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var seal = new CertificateRequest("CN=feed seal, O=Test", key, HashAlgorithmName.SHA256).CreateSelfSigned(Now.AddDays(-1), Now.AddDays(1));
        var signature = EdsSigner.Sign(served, seal, detached: true, Now);
        var tampered = served.ToArray();
        tampered[^5] ^= 0x20;

        using var json = JsonDocument.Parse(served);
        var cloudEvent = json.RootElement;
        Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
        Assert.Equal(entry.EventId.ToString(), cloudEvent.GetProperty("id").GetString());
        Assert.Equal("kz.gov/agency/160240000018/pscissuance", cloudEvent.GetProperty("source").GetString());
        Assert.Equal(Permit.Name, cloudEvent.GetProperty("type").GetString());
        Assert.Equal(entry.CaseId.ToString(), cloudEvent.GetProperty("subject").GetString());
        Assert.Equal($"https://feed.example/feed/schemas/{Permit.Name}.json", cloudEvent.GetProperty("dataschema").GetString());
        Assert.False(cloudEvent.GetProperty("data").TryGetProperty("iin", out _));
        Assert.Equal("RP-2026-000001", cloudEvent.GetProperty("data").GetProperty("permitNumber").GetString());
        Verify(served, signature);
        Assert.ThrowsAny<CryptographicException>(() => Verify(tampered, signature));
    }

    static void Verify(byte[] content, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.Decode(signature);
        cms.CheckSignature(verifySignatureOnly: true);
    }
}
