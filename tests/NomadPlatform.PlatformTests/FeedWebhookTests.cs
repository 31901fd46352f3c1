using System.Net.Http.Json;
using System.Security.Cryptography.Pkcs;
using System.Text.Json;

namespace NomadPlatform.PlatformTests;

/// <summary>
/// Push: a partner's endpoint down for a while gets the events once it is back, in order; down past
/// the retry period, its subscription is parked (visible to it and to the feed's operators) and nothing
/// is sent until it asks for redelivery from a position.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FeedWebhookTests(PlatformFixture platform)
{
    const string Submitted = "kz.nomad.hub-intake.application-submitted.v1";
    const string Approved = "kz.nomad.approval.preliminary-approval-granted.v1";

    [Fact]
    public async Task Retried_while_down_delivered_in_order_once_back_parked_past_the_retry_period_and_redelivered_on_request()
    {
        await FeedPartner.GrantAsync(platform, PartnerOrganisation.Bank, (Submitted, []), (Approved, []));
        using var bank = await FeedPartner.EnrolAsync(platform, PartnerOrganisation.Bank);
        await using var endpoint = await PartnerEndpoint.StartAsync();
        await SendAsync(bank, HttpMethod.Put, "/feed/webhook", new { url = endpoint.Url });

        using var first = new CaseJourney(platform);
        var expiry = platform.Today.AddYears(6);
        await first.RegisterAsync($"W{Guid.NewGuid():N}"[..9], expiry);
        await first.SubmitAsync(expiry);
        var failing = await WebhookUntilAsync(bank, w => w.GetProperty("failedAttempts").GetInt32() >= 1);
        endpoint.Up = true;
        await first.EndorseAsync();
        await first.ApproveAsync();
        var delivered = await ReceivedAsync(endpoint, first.CaseId, 2);

        endpoint.Up = false;
        var beforeSecond = (await WebhookUntilAsync(bank, w => w.GetProperty("failedAttempts").GetInt32() == 0)).GetProperty("position").GetInt64();
        using var second = new CaseJourney(platform);
        await second.RegisterAsync($"X{Guid.NewGuid():N}"[..9], expiry);
        await second.SubmitAsync(expiry);
        await WebhookUntilAsync(bank, w => w.GetProperty("failedAttempts").GetInt32() >= 1);
        platform.AdvanceClock(TimeSpan.FromHours(25)); // the endpoint stays down past the 24-hour retry period
        var parked = await WebhookUntilAsync(bank, w => w.GetProperty("status").GetString() == "Parked");
        var operators = await OperatorsViewAsync();
        endpoint.Up = true;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var whileParked = endpoint.Received.Count(r => Subject(r.Event) == second.CaseId.ToString());
        await SendAsync(bank, HttpMethod.Post, "/feed/webhook/redelivery", new { after = beforeSecond });
        var redelivered = await ReceivedAsync(endpoint, second.CaseId, 1);
        await SendAsync(bank, HttpMethod.Delete, "/feed/webhook", null);

        Assert.Contains("503", failing.GetProperty("lastError").GetString());
        Assert.Equal([Submitted, Approved], delivered.Select(r => Type(r.Event)));
        Assert.True(delivered[0].Position < delivered[1].Position);
        Assert.All(delivered, r => Verify(r.Event, r.Signature));
        Assert.Contains(operators, w => w.GetProperty("partnerBin").GetString() == PartnerOrganisation.Bank.Bin && w.GetProperty("status").GetString() == "Parked");
        Assert.NotNull(parked.GetProperty("parkedAt").GetString());
        Assert.Equal(0, whileParked);
        Assert.Equal([Submitted], redelivered.Select(r => Type(r.Event)));
    }

    async Task<JsonElement> WebhookUntilAsync(FeedPartner partner, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await partner.GetAsync("/feed/webhook");
            var view = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (done(view)) return view;
            await Task.Delay(500);
        }
        throw new TimeoutException("The webhook did not reach the expected state.");
    }

    static async Task<List<(long Position, byte[] Event, byte[] Signature)>> ReceivedAsync(PartnerEndpoint endpoint, Guid caseId, int count)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var received = endpoint.Received.Where(r => Subject(r.Event) == caseId.ToString()).ToList();
            if (received.Count >= count) return received;
            await Task.Delay(500);
        }
        throw new TimeoutException($"The endpoint did not receive {count} events of the case.");
    }

    async Task<List<JsonElement>> OperatorsViewAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/partners/webhooks");
        await (await platform.Staff.OfficerAsync("feed", "PartnerRegistrar")).AuthorizeAsync(request);
        using var feed = platform.Client("feed");
        using var response = await feed.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    static async Task SendAsync(FeedPartner partner, HttpMethod method, string path, object? body)
    {
        using var response = await partner.SendAsync(method, path, body);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    static string Subject(byte[] cloudEvent) => JsonDocument.Parse(cloudEvent).RootElement.GetProperty("subject").GetString()!;

    static string Type(byte[] cloudEvent) => JsonDocument.Parse(cloudEvent).RootElement.GetProperty("type").GetString()!;

    static void Verify(byte[] content, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.Decode(signature);
        cms.CheckSignature(verifySignatureOnly: true);
    }
}
