using FollowUp.Email;
using FollowUp.Orchestrations;
using FollowUp.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddFollowUpHttpApi(builder.Configuration);
builder.Services.AddFollowUpEmail(builder.Configuration);
builder.Services.AddFollowUpTableStorage(builder.Configuration);

builder.Build().Run();
