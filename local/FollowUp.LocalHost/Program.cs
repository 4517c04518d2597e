using FollowUp.Api;
using FollowUp.Api.Http;
using FollowUp.Api.Telemetry;
using FollowUp.Email;
using FollowUp.LocalHost;
using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Emails;
using FollowUp.Storage;
using OpenTelemetry.Trace;

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
builder.Services.AddFollowUpApi(builder.Configuration);
builder.Services.AddFollowUpEmail(builder.Configuration);
builder.Services.AddFollowUpTableStorage(builder.Configuration);
builder.Services.AddRecontactDigestTimer();

// Exports only where OTEL_EXPORTER_OTLP_ENDPOINT (or an Application Insights connection string) is set; the
// sidecar's gRPC traffic on its own port is left out, the Durable SDK's spans carry the trace across it.
builder.Services.AddFollowUpTelemetry(builder.Configuration)
    .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(http => http.Filter = context => context.Connection.LocalPort != local.SidecarPort));
if (local.DelayAfterEmailSent > TimeSpan.Zero)
{
    var dispatcher = builder.Services.Last(d => d.ServiceType == typeof(IEmailDispatcher));
    builder.Services.Remove(dispatcher);
    builder.Services.AddSingleton<IEmailDispatcher>(sp => new DelayedEmailDispatcher(
        (IEmailDispatcher)(dispatcher.ImplementationFactory?.Invoke(sp) ?? dispatcher.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, dispatcher.ImplementationType!)),
        local.DelayAfterEmailSent));
}

using var startupLogs = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
var durable = DurableBackend.SettingsFor(builder.Configuration, local);
var orchestrationService = DurableBackend.CreateOrchestrationService(durable, startupLogs);
builder.Services.AddDurableBackend(builder.WebHost, orchestrationService, durable);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(local.HttpPort, listen => listen.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http1));

var app = builder.Build();
app.UseExceptionHandler(errors => errors.Run(async context =>
{
    var failure = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
    await ApiAnswerWriter.WriteAsync(context.Response, UnavailableAnswers.For(failure ?? new InvalidOperationException("unknown failure")), context.RequestAborted);
}));
app.UseMiddleware<CrossSiteRequestGuard>();
app.MapDurableSidecar(durable);
app.MapFollowUpRoutes();

// The sidecar does not create the task hub; do it before the first report can arrive.
await orchestrationService.CreateIfNotExistsAsync();
await app.RunAsync();
