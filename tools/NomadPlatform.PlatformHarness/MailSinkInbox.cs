using System.Net.Http.Json;
using System.Text.Json;

namespace NomadPlatform.PlatformHarness;

/// <summary>A mail as the AppHost's local mail sink (smtp4dev) received it.</summary>
public sealed record ReceivedMail(string Id, string To, string Subject, string Body);

/// <summary>The local mail sink's web API: every mail the platform sent, as a recipient would see it.</summary>
public sealed class MailSinkInbox(LocalPlatform platform)
{
    /// <summary>The mails to <paramref name="address"/>, waiting until there are at least <paramref name="atLeast"/>.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> To(string address, int atLeast = 1)
    {
        using var sink = new HttpClient { BaseAddress = platform.App.GetEndpoint("mail", "http") };
        for (var attempt = 0; ; attempt++)
        {
            var page = await sink.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=500");
            var ids = page.GetProperty("results").EnumerateArray()
                .Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetString(), address, StringComparison.OrdinalIgnoreCase)))
                .Select(m => m.GetProperty("id").GetString()!).ToList();
            if (ids.Count >= atLeast || attempt == 100)
            {
                var mails = new List<ReceivedMail>();
                foreach (var id in ids)
                {
                    var message = await sink.GetFromJsonAsync<JsonElement>($"/api/messages/{id}");
                    mails.Add(new ReceivedMail(id, address, message.GetProperty("subject").GetString()!, await sink.GetStringAsync($"/api/messages/{id}/plaintext")));
                }
                return mails;
            }
            await Task.Delay(300);
        }
    }
}
