using System.Security.Cryptography.X509Certificates;
using NomadPlatform.SamplePartner;

// A partner of the NomadPlatform feed, as a bank would run it. Commands:
//   enrol   --identity-grpc URL --bin BIN --code CODE --key system.p12 --password P
//   pull    --identity URL --feed URL --bin BIN --key system.p12 --password P --ca nca-chain.pem --feed-bin BIN --state DIR
//   webhook (as pull) --listen http://0.0.0.0:8080 [--public-url URL]  (the feed pushes to <public-url>/events)
//   verify  --event event.json --signature event.p7s --ca nca-chain.pem --feed-bin BIN
var command = args.FirstOrDefault() ?? "";
var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal)).ToDictionary(p => p[0][2..], p => p[1]);
string Option(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required for '{command}'.");
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };

EventVerifier Verifier()
{
    var ca = new X509Certificate2Collection();
    ca.ImportFromPemFile(Option("ca"));
    return new EventVerifier(ca, Option("feed-bin"), TimeProvider.System);
}

PartnerFeed Feed(out PartnerSystem system)
{
    system = PartnerSystem.Open(Option("bin"), Option("key"), Option("password"));
    var feed = new HttpClient { BaseAddress = new Uri(Option("feed").TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };
    var identity = new HttpClient { BaseAddress = new Uri(Option("identity").TrimEnd('/') + "/") };
    return new PartnerFeed(feed, identity, system, Verifier(), new PartnerStore(Option("state")), TimeProvider.System, Console.Out);
}

try
{
    switch (command)
    {
        case "enrol":
            using (var enrolled = await PartnerSystem.EnrolAsync(new Uri(Option("identity-grpc")), Option("bin"), Option("code"), Option("key"), Option("password"), stopping.Token))
                Console.WriteLine($"Enrolled: {enrolled.Certificate.Subject}, serial {enrolled.Certificate.SerialNumber}, until {enrolled.Certificate.NotAfter:yyyy-MM-dd}; key in {Option("key")}");
            return 0;
        case "pull":
        {
            var feed = Feed(out var system);
            using (system)
                while (!stopping.IsCancellationRequested)
                    await feed.PullOnceAsync(wait: 25, stopping.Token);
            return 0;
        }
        case "webhook":
        {
            var feed = Feed(out var system);
            using (system)
                await WebhookReceiver.RunAsync(feed, Verifier(), new Uri(Option("listen")), options.GetValueOrDefault("public-url"), stopping.Token);
            return 0;
        }
        case "verify":
            var problem = Verifier().Problem(File.ReadAllBytes(Option("event")), File.ReadAllBytes(Option("signature")));
            Console.WriteLine(problem is null ? "Verified: signed by the feed's operator, unchanged." : $"REFUSED: {problem}");
            return problem is null ? 0 : 1;
        default:
            Console.Error.WriteLine("sample-partner enrol | pull | webhook | verify (see the README, 'The partner feed')");
            return 2;
    }
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    return 0;
}
catch (Exception exception) when (exception is UntrustedEvent or ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
