using FollowUp.Api;
using FollowUp.Email;
using FollowUp.Functions.Http;
using FollowUp.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<DependencyOutageMiddleware>();
builder.Services.AddFollowUpApi(builder.Configuration);
builder.Services.AddFollowUpEmail(builder.Configuration);
builder.Services.AddFollowUpTableStorage(builder.Configuration);

builder.Build().Run();
