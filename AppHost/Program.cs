using NomadPlatform.AppHost.Resources;

var builder = DistributedApplication.CreateBuilder(args);

var messaging = builder.AddMessageBroker("messaging");
var databases = new ServiceDatabases(builder);

var caPassphrase = builder.PersistentSecretValue("eds-ca-passphrase");
// Every agency is registered with the national CA under its BIN; its system enrols its certificate
// with a one-time code the CA hands over out of band (here: generated once, given to both).
var agencies = Agency.All(builder.Configuration).ToDictionary(a => a.Resource);
var hubBin = agencies["hubintake"].Bin;
var hubSealPassphrase = builder.PersistentSecretValue("hub-seal-passphrase");
var enrolling = agencies.Values.Where(a => a.Resource != "identity").ToList();

// The first start leaves each agency administrator's sign-in key here (under its own passphrase).
var administratorKeyPassphrase = builder.PersistentSecretValue("administrator-key-passphrase");

var identity = builder.AddProject<Projects.NomadPlatform_Identity>("identity")
    .WithServiceDatabase(databases, "identitydb")
    .WithReference(messaging).WaitFor(messaging)
    .WithRegisteredOrganisations(agencies.Values)
    .WithSecretFiles(builder, new Dictionary<string, string>
    {
        ["Eds:CaKeyPassphrase"] = caPassphrase,
        ["Eds:BootstrapKeyPassphrase"] = administratorKeyPassphrase,
    }.Concat(enrolling.Select(a => KeyValuePair.Create($"Eds:Organisations:{a.Bin}:EnrolmentCode", builder.EnrolmentCode(a)))).ToDictionary())
    .WithEnvironment("Eds__BootstrapKeyDirectory", DataDirectory.Resolve(builder, "secrets", "administrators"))
    .WithHttpHealthCheck("/health");
identity.WithEnvironment("Eds__CrlUrl", ReferenceExpression.Create($"{identity.GetEndpoint("http").Property(EndpointProperty.Url)}/pki/crl"))
    .WithAgency(agencies["identity"], identity, agencies.Values);

var approval = builder.AddProject<Projects.NomadPlatform_Approval>("approval")
    .WithServiceDatabase(databases, "approvaldb")
    .WithAgency(agencies["approval"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.SystemSecrets(agencies["approval"]))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity).WaitFor(identity)
    .WithEnvironment("Approval__HubBin", hubBin)
    .WithHttpHealthCheck("/health");

var hubIntake = builder.AddProject<Projects.NomadPlatform_HubIntake>("hubintake")
    .WithServiceDatabase(databases, "hubintakedb")
    .WithAgency(agencies["hubintake"], identity, agencies.Values)
    .WithEnvironment("Documents__Path", DataDirectory.Resolve(builder, "documents"))
    .WithEnvironment("Hub__Seal__Bin", hubBin)
    .WithSecretFiles(builder, new Dictionary<string, string>(builder.SystemSecrets(agencies["hubintake"]))
    {
        ["Hub:Seal:KeyPassphrase"] = hubSealPassphrase,
    })
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity).WaitFor(identity)
    .WithReference(approval).WaitFor(approval)
    .WithHttpHealthCheck("/health");
// Approval confirms endorsement numbers with the Hub; no WaitFor back, the Hub already waits for Approval.
approval.WithReference(hubIntake);

var arrival = builder.AddProject<Projects.NomadPlatform_Arrival>("arrival")
    .WithServiceDatabase(databases, "arrivaldb")
    .WithAgency(agencies["arrival"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.SystemSecrets(agencies["arrival"]))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity).WaitFor(identity)
    .WithReference(approval).WaitFor(approval)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.NomadPlatform_PscIssuance>("pscissuance")
    .WithServiceDatabase(databases, "pscissuancedb")
    .WithAgency(agencies["pscissuance"], identity, agencies.Values)
    .WithSecretFiles(builder, builder.SystemSecrets(agencies["pscissuance"]))
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity).WaitFor(identity)
    .WithReference(arrival).WaitFor(arrival)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
