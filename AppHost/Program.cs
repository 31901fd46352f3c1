using Microsoft.Extensions.Configuration;
using NomadPlatform.AppHost.Resources;

var builder = DistributedApplication.CreateBuilder(args);
SimulationMode.KeepDataApart(builder);

// Every agency is registered with the national CA under its BIN; its system enrols its certificate
// with a one-time code the CA hands over out of band (here: generated once, given to both).
var agencies = Agency.All(builder.Configuration).ToDictionary(a => a.Resource);

// One broker account per agency, able to publish only its own events; no guest.
var messaging = builder.AddMessageBroker("messaging",
    agencies.Values.Select(a => BrokerAccounts.For(a.Resource, builder.BrokerPassword(a))).ToList(),
    // Partner systems (Messaging:Partners:0…) get read-only accounts; the operator hands each its password file.
    builder.Configuration.GetSection("Messaging:Partners").Get<string[]>()?
        .Select(p => new BrokerAccounts.Partner(p, builder.PersistentSecretValue($"broker-partner-{p}-password"))).ToList() ?? [],
    builder.PersistentSecretValue("broker-operator-password"));
var databases = new ServiceDatabases(builder);

var caPassphrase = builder.PersistentSecretValue("eds-ca-passphrase");
var hubBin = agencies["hubintake"].Bin;
var enrolling = agencies.Values.Where(a => a.Resource != "identity").ToList();

// The first start leaves each agency administrator's sign-in key here (under its own passphrase).
var administratorKeyPassphrase = builder.PersistentSecretValue("administrator-key-passphrase");

var identity = builder.AddProject<Projects.NomadPlatform_Identity>("identity")
    .WithServiceDatabase(databases, "identitydb")
    .WithBroker(messaging, agencies["identity"])
    .WithRegisteredOrganisations(agencies.Values)
    .WithRegisteredPartners(Partner.All(builder.Configuration))
    .WithSecretFiles(builder, new Dictionary<string, string>
    {
        ["Eds:CaKeyPassphrase"] = caPassphrase,
        ["Eds:BootstrapKeyPassphrase"] = administratorKeyPassphrase,
        ["Messaging:Password"] = builder.BrokerPassword(agencies["identity"]),
        ["Telemetry:IinHashKey"] = builder.TelemetryIinHashKey(),
        ["Seal:KeyPassphrase"] = builder.SealPassphrase(agencies["identity"]),
    }.Concat(enrolling.Select(a => KeyValuePair.Create($"Eds:Organisations:{a.Bin}:EnrolmentCode", builder.EnrolmentCode(a)))).ToDictionary())
    .WithEnvironment("Eds__BootstrapKeyDirectory", DataDirectory.Resolve(builder, "secrets", "administrators"))
    .WithHttpHealthCheck("/health");
identity.WithEnvironment("Eds__CrlUrl", ReferenceExpression.Create($"{identity.GetEndpoint("http").Property(EndpointProperty.Url)}/pki/crl"))
    .WithAgency(agencies["identity"], identity, agencies.Values);

var approval = builder.AddProject<Projects.NomadPlatform_Approval>("approval")
    .WithServiceDatabase(databases, "approvaldb")
    .WithAgency(agencies["approval"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.AgencySecrets(agencies["approval"]))
    .WithBroker(messaging, agencies["approval"])
    .WithReference(identity).WaitFor(identity)
    .WithEnvironment("Approval__HubBin", hubBin)
    .WithHttpHealthCheck("/health");

var hubIntake = builder.AddProject<Projects.NomadPlatform_HubIntake>("hubintake")
    .WithServiceDatabase(databases, "hubintakedb")
    .WithAgency(agencies["hubintake"], identity, agencies.Values)
    .WithEnvironment("Documents__Path", DataDirectory.Resolve(builder, "documents"))
    .WithSecretFiles(builder, builder.AgencySecrets(agencies["hubintake"]))
    .WithBroker(messaging, agencies["hubintake"])
    .WithReference(identity).WaitFor(identity)
    .WithReference(approval).WaitFor(approval)
    .WithHttpHealthCheck("/health");
// Approval confirms endorsement numbers with the Hub; no WaitFor back, the Hub already waits for Approval.
approval.WithReference(hubIntake);

var arrival = builder.AddProject<Projects.NomadPlatform_Arrival>("arrival")
    .WithServiceDatabase(databases, "arrivaldb")
    .WithAgency(agencies["arrival"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.AgencySecrets(agencies["arrival"]))
    .WithBroker(messaging, agencies["arrival"])
    .WithReference(identity).WaitFor(identity)
    .WithReference(approval).WaitFor(approval)
    .WithHttpHealthCheck("/health");

var pscIssuance = builder.AddProject<Projects.NomadPlatform_PscIssuance>("pscissuance")
    .WithServiceDatabase(databases, "pscissuancedb")
    .WithAgency(agencies["pscissuance"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.AgencySecrets(agencies["pscissuance"]))
    .WithBroker(messaging, agencies["pscissuance"])
    .WithReference(identity).WaitFor(identity)
    .WithReference(arrival).WaitFor(arrival)
    .WithHttpHealthCheck("/health");

// The partner feed: every agency's public case events, recorded once and served signed to registered partners.
var feed = builder.AddProject<Projects.NomadPlatform_Feed>("feed")
    .WithServiceDatabase(databases, "feeddb")
    .WithAgency(agencies["feed"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.AgencySecrets(agencies["feed"]))
    .WithBroker(messaging, agencies["feed"])
    .WithReference(identity).WaitFor(identity)
    .WithHttpHealthCheck("/health");
// Its address as partners see it: each event's dataschema names it, in pulled and pushed events alike.
feed.WithEnvironment("Feed__PublicUrl", ReferenceExpression.Create($"{feed.GetEndpoint("http").Property(EndpointProperty.Url)}/"));

// The applicants' notices: their inbox, mailed in their language, and reminders before what they owe.
var notifications = builder.AddProject<Projects.NomadPlatform_Notifications>("notifications")
    .WithServiceDatabase(databases, "notificationsdb")
    .WithAgency(agencies["notifications"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.AgencySecrets(agencies["notifications"]))
    .WithBroker(messaging, agencies["notifications"])
    .WithMailServer(builder, builder.AddMailServer())
    .WithReference(identity).WaitFor(identity)
    .WithHttpHealthCheck("/health");

ServiceInstances.Apply(builder, identity, approval, hubIntake, arrival, pscIssuance, feed, notifications);

// The people's pages: applicants and each agency's officers sign in with their EDS and act through the
// agencies' own APIs with their own tokens; the portal keeps only its session keys.
builder.AddProject<Projects.NomadPlatform_Portal>("portal")
    .WithEnvironment("Portal__KeysDirectory", DataDirectory.Resolve(builder, "portal-keys"))
    .WithAgencyDirectory(agencies.Values)
    .WithReference(identity).WaitFor(identity)
    .WithReference(hubIntake).WaitFor(hubIntake)
    .WithReference(approval).WaitFor(approval)
    .WithReference(arrival).WaitFor(arrival)
    .WithReference(pscIssuance).WaitFor(pscIssuance)
    .WithReference(notifications).WaitFor(notifications)
    .WithHttpHealthCheck("/health");

SimulationMode.MoveClocks(builder);
builder.Build().Run();
