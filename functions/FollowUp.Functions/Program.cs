using FollowUp.Api;
using FollowUp.Api.Telemetry;
using FollowUp.Email;
using FollowUp.Functions.Http;
using FollowUp.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<DependencyOutageMiddleware>();
builder.Services.AddFollowUpApi(builder.Configuration);
builder.Services.AddSingleton<AdminAccess>();
builder.Services.AddFollowUpEmail(builder.Configuration);
builder.Services.AddFollowUpTableStorage(builder.Configuration);

// host.json sets telemetryMode OpenTelemetry: the host exports its own spans and logs, and the worker
// defaults continue the host's trace into each invocation, so one report is one trace.
builder.Services.AddFollowUpTelemetry(builder.Configuration).UseFunctionsWorkerDefaults();

builder.Build().Run();
