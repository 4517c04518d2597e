using FollowUp.Email;
using FollowUp.LocalHost;
using FollowUp.Orchestrations;

// FollowUp without Azure Functions Core Tools: the same orchestration, activities and routes on a
// durable backend kept in Azurite, with email written to a local outbox. See README "Run locally".
// appsettings.json ships beside the binary; relative paths (.data/…) stay relative to where it was started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

var local = builder.Configuration.GetSection(LocalHostOptions.SectionName).Get<LocalHostOptions>() ?? new LocalHostOptions();
builder.Configuration.AddJsonFile(Path.GetFullPath(DevelopmentSecrets.EnsureFile(local.DataDirectory)), optional: false, reloadOnChange: false);

// Environment variables and the command line keep precedence over the generated secrets file.
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(args);

builder.Services.Configure<HostOptions>(host => host.ServicesStopConcurrently = true);
builder.Services.AddFollowUpPlaybook(builder.Configuration);
builder.Services.AddFollowUpEmail(builder.Configuration);

using var startupLogs = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
var orchestrationService = DurableBackend.CreateOrchestrationService(builder.Configuration, local, startupLogs);
builder.AddDurableBackend(orchestrationService, local);

var app = builder.Build();
app.MapDurableSidecar(local);
app.MapFollowUpRoutes();

// The sidecar does not create the task hub; do it before the first report can arrive.
await orchestrationService.CreateIfNotExistsAsync();
await app.RunAsync();
