namespace NomadPlatform.SamplePartner;

/// <summary>
/// Push: listens for the feed's deliveries, takes each verified event once (a redelivery is answered
/// 204 and ignored) and refuses an event whose signature does not hold (400: the feed retries, then parks).
/// </summary>
public static class WebhookReceiver
{
    public static async Task RunAsync(PartnerFeed feed, EventVerifier verifier, Uri listen, string? publicUrl, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(listen.ToString());
        await using var app = builder.Build();
        app.MapPost("/events", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            var served = body.ToArray();
            var signature = Convert.FromBase64String(request.Headers["Nomad-Signature"].ToString());
            if (verifier.Problem(served, signature) is { } problem) return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Refused.");
            feed.Take(served, signature);
            return Results.NoContent();
        });
        await app.StartAsync(cancellationToken);
        Console.WriteLine($"Listening on {listen}; subscribe with PUT /feed/webhook {{\"url\":\"{publicUrl ?? listen.ToString().TrimEnd('/')}/events\"}}.");
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
